import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PageResponse } from '@app/platform';
import { MappingResponse } from './mapping-responses';
import { AdminApi, AdminPrincipal, CurrentAdmin } from '@app/tenancy';
import { ApproveMappingCommand } from '../commands/approve-mapping/approve-mapping.command';
import { CreateMappingCommand } from '../commands/create-mapping/create-mapping.command';
import { RejectMappingCommand } from '../commands/reject-mapping/reject-mapping.command';
import { RetargetMappingCommand } from '../commands/retarget-mapping/retarget-mapping.command';
import { ListGroupMappingsQuery } from '../queries/list-group-mappings/list-group-mappings.query';
import { ListMappingsQuery } from '../queries/list-mappings/list-mappings.query';
import { CreateMappingRequest, ListMappingsRequest, RetargetMappingRequest, TargetChoiceRequest } from './mapping-requests';

const Id = (name: string) => Param(name, new ParseUUIDPipe({ errorHttpStatusCode: 404 }));

@Controller('api/v1/scim')
@AdminApi()
@ApiTags('Mappings')
export class MappingsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('groups/:groupId/mappings')
  @ApiOkResponse({ type: [MappingResponse], description: 'Every mapping of the group, Rejected ones included' })
  listOfGroup(@CurrentAdmin() admin: AdminPrincipal, @Id('groupId') groupId: string) {
    return this.queries.execute(new ListGroupMappingsQuery(admin.organizationId, groupId));
  }

  @Post('groups/:groupId/mappings')
  @HttpCode(201)
  @ApiCreatedResponse({ type: MappingResponse })
  create(@CurrentAdmin() admin: AdminPrincipal, @Id('groupId') groupId: string, @Body() body: CreateMappingRequest) {
    const { targetType, entityId, createEntityName } = body;
    return this.commands.execute(new CreateMappingCommand(admin.organizationId, groupId, targetType, { entityId, createEntityName }));
  }

  @Get('mappings')
  @ApiOkResponse({ type: PageResponse(MappingResponse) })
  list(@CurrentAdmin() admin: AdminPrincipal, @Query() query: ListMappingsRequest) {
    const { status, targetDeleted, page, pageSize } = query;
    return this.queries.execute(new ListMappingsQuery(admin.organizationId, { status, targetDeleted, page, pageSize }));
  }

  @Post('mappings/:id/approve')
  @HttpCode(200)
  @ApiOkResponse({ type: MappingResponse })
  approve(@CurrentAdmin() admin: AdminPrincipal, @Id('id') id: string, @Body() body: TargetChoiceRequest = {}) {
    return this.commands.execute(new ApproveMappingCommand(admin.organizationId, id, { entityId: body?.entityId, createEntityName: body?.createEntityName }));
  }

  @Post('mappings/:id/reject')
  @HttpCode(200)
  @ApiOkResponse({ type: MappingResponse })
  reject(@CurrentAdmin() admin: AdminPrincipal, @Id('id') id: string) {
    return this.commands.execute(new RejectMappingCommand(admin.organizationId, id));
  }

  @Post('mappings/:id/retarget')
  @HttpCode(200)
  @ApiOkResponse({ type: MappingResponse })
  retarget(@CurrentAdmin() admin: AdminPrincipal, @Id('id') id: string, @Body() body: RetargetMappingRequest) {
    return this.commands.execute(new RetargetMappingCommand(admin.organizationId, id, body.entityId));
  }
}
