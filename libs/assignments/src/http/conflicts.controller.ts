import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AdminErrorResponse, PageResponse } from '@app/platform';
import { AdminApi, AdminPrincipal, CurrentAdmin } from '@app/tenancy';
import { ResolveConflictCommand } from '../commands/resolve-conflict/resolve-conflict.command';
import { ListConflictsQuery } from '../queries/list-conflicts/list-conflicts.query';
import { ConflictResponse, ListConflictsRequest, ResolveConflictRequest } from './conflict-requests';

@Controller('api/v1/scim/conflicts')
@AdminApi()
@ApiTags('Conflicts')
export class ConflictsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiOkResponse({ type: PageResponse(ConflictResponse) })
  list(@CurrentAdmin() admin: AdminPrincipal, @Query() query: ListConflictsRequest) {
    const { status, type, userId, groupId, page, pageSize } = query;
    return this.queries.execute(new ListConflictsQuery(admin.organizationId, { status, type, userId, groupId, page, pageSize }));
  }

  /** Records the decision, remembered for this combination of groups and targets; the user's assignments follow. */
  @Post(':id/resolve')
  @HttpCode(200)
  @ApiOkResponse({ type: ConflictResponse })
  @ApiNotFoundResponse({ type: AdminErrorResponse })
  @ApiConflictResponse({ type: AdminErrorResponse, description: 'Already resolved' })
  resolve(@CurrentAdmin() admin: AdminPrincipal, @Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string, @Body() body: ResolveConflictRequest) {
    return this.commands.execute(new ResolveConflictCommand(admin.organizationId, id, body.resolution, admin.subject));
  }
}
