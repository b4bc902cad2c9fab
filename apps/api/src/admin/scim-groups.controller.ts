import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AdminErrorResponse, PageRequest, PageResponse } from '@app/platform';
import { ListGroupIdsByMappingStateQuery, ListMappingsForGroupsQuery, MappingView } from '@app/mapping-rules';
import { GetEntityNamesQuery } from '@app/org-entities';
import { DEFAULT_ROLE, GetEffectiveRolesQuery } from '@app/roles';
import { GetGroupQuery, GroupSummary, ListGroupMembersQuery, SearchGroupsQuery } from '@app/scim-groups';
import { AdminApi, AdminPrincipal, CurrentAdmin } from '@app/tenancy';
import { ListScimGroupsRequest, ScimGroupDetailResponse, ScimGroupListItemResponse } from './scim-groups.dto';

/** The dashboard's SCIM groups: what the IdP pushed (scim-groups), how it is mapped (mapping-rules), members' roles (roles). */
@Controller('api/v1/scim/groups')
@AdminApi()
@ApiTags('SCIM groups')
export class ScimGroupsDashboardController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({ type: PageResponse(ScimGroupListItemResponse) })
  async list(@CurrentAdmin() admin: AdminPrincipal, @Query() query: ListScimGroupsRequest) {
    const org = admin.organizationId;
    const groupIds = query.mappingStatus
      ? await this.queries.execute(
          new ListGroupIdsByMappingStateQuery(org, query.mappingStatus === 'target_deleted' ? { targetDeleted: true } : { status: query.mappingStatus }),
        )
      : undefined;
    const { items, total } = await this.queries.execute(new SearchGroupsQuery(org, { search: query.search, groupIds, page: query.page, pageSize: query.pageSize }));
    const mappings = await this.queries.execute(new ListMappingsForGroupsQuery(org, items.map((g) => g.id)));
    const names = await this.targetNames(org, mappings);
    return { items: items.map((group) => withMappings(group, mappings, names)), page: query.page, pageSize: query.pageSize, total };
  }

  @Get(':id')
  @ApiOkResponse({ type: ScimGroupDetailResponse })
  @ApiNotFoundResponse({ type: AdminErrorResponse })
  async get(@CurrentAdmin() admin: AdminPrincipal, @Param('id') id: string, @Query() query: PageRequest) {
    const org = admin.organizationId;
    const group = await this.queries.execute(new GetGroupQuery(org, id, false));
    if (!group) throw new NotFoundException(`SCIM group ${id} not found`);
    const [page, mappings] = await Promise.all([
      this.queries.execute(new ListGroupMembersQuery(org, id, query.page, query.pageSize)),
      this.queries.execute(new ListMappingsForGroupsQuery(org, [id])),
    ]);
    const roles = new Map((await this.queries.execute(new GetEffectiveRolesQuery(org, page!.items.map((m) => m.userId)))).map((r) => [r.userId, r.effectiveRole]));
    const summary: GroupSummary = { ...group, memberCount: group.memberCount ?? page!.total };
    return {
      ...withMappings(summary, mappings, await this.targetNames(org, mappings)),
      members: {
        items: page!.items.map((m) => ({ userId: m.userId, userName: m.userName, effectiveRole: roles.get(m.userId) ?? DEFAULT_ROLE })),
        page: query.page,
        pageSize: query.pageSize,
        total: page!.total,
      },
    };
  }

  /** The mapped entities' names, in one look-up for the whole page. */
  private async targetNames(organizationId: string, mappings: MappingView[]): Promise<Map<string, string>> {
    const entities = await this.queries.execute(new GetEntityNamesQuery(organizationId, mappings.flatMap((m) => (m.entityId ? [m.entityId] : []))));
    return new Map(entities.map((e) => [e.id, e.name]));
  }
}

function withMappings(group: GroupSummary, mappings: MappingView[], targetNames: ReadonlyMap<string, string>) {
  return {
    id: group.id,
    displayName: group.displayName,
    externalId: group.externalId,
    memberCount: group.memberCount,
    roles: group.roles,
    mappings: mappings
      .filter((m) => m.groupId === group.id)
      .map((m) => ({
        id: m.id,
        targetType: m.targetType,
        entityId: m.entityId,
        targetName: (m.entityId && targetNames.get(m.entityId)) || null,
        status: m.status,
        targetDeleted: m.targetDeleted,
        ruleId: m.ruleId,
      })),
    createdAt: group.createdAt,
    updatedAt: group.updatedAt,
  };
}
