import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AdminErrorResponse, PageResponse } from '@app/platform';
import { AdminApi, AdminPrincipal, CurrentAdmin } from '@app/tenancy';
import { ResolveConflictCommand } from '../commands/resolve-conflict/resolve-conflict.command';
import { ListConflictsQuery } from '../queries/list-conflicts/list-conflicts.query';
import { ListConflictsRequest, ResolveConflictRequest } from './conflict-requests';
import { ConflictResponse } from './conflict-responses';
import { ConflictPresenter } from './conflict-presenter';

@Controller('api/v1/scim/conflicts')
@AdminApi()
@ApiTags('Conflicts')
export class ConflictsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly presenter: ConflictPresenter,
  ) {}

  @Get()
  @ApiOkResponse({ type: PageResponse(ConflictResponse) })
  async list(@CurrentAdmin() admin: AdminPrincipal, @Query() query: ListConflictsRequest) {
    const { status, type, userId, groupId, page, pageSize } = query;
    const result = await this.queries.execute(new ListConflictsQuery(admin.organizationId, { status, type, userId, groupId, page, pageSize }));
    return { ...result, items: await this.presenter.present(admin.organizationId, result.items) };
  }

  /** Records the decision, remembered for this combination of groups and targets; the user's assignments follow. */
  @Post(':id/resolve')
  @HttpCode(200)
  @ApiOkResponse({ type: ConflictResponse })
  @ApiNotFoundResponse({ type: AdminErrorResponse, description: 'No such conflict in this organization (code not_found)' })
  @ApiConflictResponse({ type: AdminErrorResponse, description: 'Already resolved' })
  async resolve(@CurrentAdmin() admin: AdminPrincipal, @Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string, @Body() body: ResolveConflictRequest) {
    const conflict = await this.commands.execute(new ResolveConflictCommand(admin.organizationId, id, body.resolution, admin.subject));
    return (await this.presenter.present(admin.organizationId, [conflict]))[0];
  }
}
