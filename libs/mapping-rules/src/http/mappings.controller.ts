import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AdminErrorResponse, PageRequest, PageResponse, pageOf } from '@app/platform';
import { MappingResponse } from './mapping-responses';
import { AdminApi, AdminPrincipal, CurrentAdmin } from '@app/tenancy';
import { ApproveMappingCommand } from '../commands/approve-mapping/approve-mapping.command';
import { CreateMappingCommand } from '../commands/create-mapping/create-mapping.command';
import { RejectMappingCommand } from '../commands/reject-mapping/reject-mapping.command';
import { RetargetMappingCommand } from '../commands/retarget-mapping/retarget-mapping.command';
import { ListGroupMappingsQuery } from '../queries/list-group-mappings/list-group-mappings.query';
import { ListMappingsQuery } from '../queries/list-mappings/list-mappings.query';
import { CreateMappingRequest, ListMappingsRequest, RetargetMappingRequest, TargetChoiceRequest } from './mapping-requests';
import { MappingPresenter } from './mapping-presenter';

const Id = (name: string) => Param(name, new ParseUUIDPipe({ errorHttpStatusCode: 404 }));
const NotFound = (what: string) => ApiNotFoundResponse({ type: AdminErrorResponse, description: `${what} not found in this organization (code not_found)` });
const Conflict = (why: string) => ApiConflictResponse({ type: AdminErrorResponse, description: why });

@Controller('api/v1/scim')
@AdminApi()
@ApiTags('Mappings')
export class MappingsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly presenter: MappingPresenter,
  ) {}

  @Get('groups/:groupId/mappings')
  @ApiOkResponse({ type: PageResponse(MappingResponse), description: "Every mapping of the group, Rejected ones included, oldest first; a deleted group's (Rejected) mappings stay listed" })
  @NotFound('Group')
  async listOfGroup(@CurrentAdmin() admin: AdminPrincipal, @Id('groupId') groupId: string, @Query() query: PageRequest) {
    const mappings = await this.queries.execute(new ListGroupMappingsQuery(admin.organizationId, groupId));
    return pageOf(await this.presenter.present(admin.organizationId, mappings), query.page, query.pageSize);
  }

  @Post('groups/:groupId/mappings')
  @HttpCode(201)
  @ApiCreatedResponse({ type: MappingResponse })
  @NotFound('Group or target entity')
  @Conflict('The target entity is already the target of another live mapping, or the group already has a mapping of that type')
  async create(@CurrentAdmin() admin: AdminPrincipal, @Id('groupId') groupId: string, @Body() body: CreateMappingRequest) {
    const { targetType, entityId, createEntityName } = body;
    const mapping = await this.commands.execute(new CreateMappingCommand(admin.organizationId, groupId, targetType, { entityId, createEntityName }));
    return this.presenter.presentOne(admin.organizationId, mapping);
  }

  @Get('mappings')
  @ApiOkResponse({ type: PageResponse(MappingResponse) })
  async list(@CurrentAdmin() admin: AdminPrincipal, @Query() query: ListMappingsRequest) {
    const { status, targetDeleted, page, pageSize } = query;
    const result = await this.queries.execute(new ListMappingsQuery(admin.organizationId, { status, targetDeleted, page, pageSize }));
    return { ...result, items: await this.presenter.present(admin.organizationId, result.items) };
  }

  @Post('mappings/:id/approve')
  @HttpCode(200)
  @ApiOkResponse({ type: MappingResponse })
  @NotFound('Mapping or target entity')
  @Conflict('The mapping is not Pending, or the target entity is already the target of another live mapping')
  async approve(@CurrentAdmin() admin: AdminPrincipal, @Id('id') id: string, @Body() body: TargetChoiceRequest = {}) {
    const mapping = await this.commands.execute(new ApproveMappingCommand(admin.organizationId, id, { entityId: body?.entityId, createEntityName: body?.createEntityName }));
    return this.presenter.presentOne(admin.organizationId, mapping);
  }

  @Post('mappings/:id/reject')
  @HttpCode(200)
  @ApiOkResponse({ type: MappingResponse, description: 'Rejecting a Rejected mapping changes nothing and answers it as it is' })
  @NotFound('Mapping')
  async reject(@CurrentAdmin() admin: AdminPrincipal, @Id('id') id: string) {
    const mapping = await this.commands.execute(new RejectMappingCommand(admin.organizationId, id));
    return this.presenter.presentOne(admin.organizationId, mapping);
  }

  @Post('mappings/:id/retarget')
  @HttpCode(200)
  @ApiOkResponse({ type: MappingResponse })
  @NotFound('Mapping or target entity')
  @Conflict('The mapping is Rejected, or the new target is already the target of another live mapping')
  async retarget(@CurrentAdmin() admin: AdminPrincipal, @Id('id') id: string, @Body() body: RetargetMappingRequest) {
    const mapping = await this.commands.execute(new RetargetMappingCommand(admin.organizationId, id, body.entityId));
    return this.presenter.presentOne(admin.organizationId, mapping);
  }
}
