import { Controller, Get, NotFoundException, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AdminErrorResponse, PageResponse } from '@app/platform';
import { GetUserAssignmentsQuery } from '@app/org-entities';
import { DEFAULT_ROLE, GetEffectiveRoleQuery, GetEffectiveRolesQuery, ListUserIdsWithRoleQuery } from '@app/roles';
import { GetGroupMemberIdsQuery } from '@app/scim-groups';
import { adminUserView, GetUserQuery, SearchUsersQuery } from '@app/scim-users';
import { AdminApi, AdminPrincipal, CurrentAdmin } from '@app/tenancy';
import { ListUsersRequest, UserDetailResponse, UserListItemResponse } from './users.dto';

/** The dashboard's users: accounts (scim-users) with their effective role (roles), groups and assignments. */
@Controller('api/v1/users')
@AdminApi()
@ApiTags('Users')
export class UsersController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({ type: PageResponse(UserListItemResponse) })
  async list(@CurrentAdmin() admin: AdminPrincipal, @Query() query: ListUsersRequest) {
    const org = admin.organizationId;
    const restrictTo = await this.restriction(org, query);
    const { items, total } = await this.queries.execute(
      new SearchUsersQuery(org, { search: query.search, active: query.active, userIds: restrictTo, page: query.page, pageSize: query.pageSize }),
    );
    const roles = new Map((await this.queries.execute(new GetEffectiveRolesQuery(org, items.map((u) => u.id)))).map((r) => [r.userId, r.effectiveRole]));
    return {
      items: items.map((user) => ({ ...adminUserView(user), effectiveRole: roles.get(user.id) ?? DEFAULT_ROLE })),
      page: query.page,
      pageSize: query.pageSize,
      total,
    };
  }

  @Get(':id')
  @ApiOkResponse({ type: UserDetailResponse })
  @ApiNotFoundResponse({ type: AdminErrorResponse })
  async get(@CurrentAdmin() admin: AdminPrincipal, @Param('id') id: string) {
    const org = admin.organizationId;
    const user = await this.queries.execute(new GetUserQuery(org, id));
    if (!user) throw new NotFoundException(`User ${id} not found`);
    const [role, assignments] = await Promise.all([
      this.queries.execute(new GetEffectiveRoleQuery(org, id)),
      this.queries.execute(new GetUserAssignmentsQuery(org, id)),
    ]);
    // Until the user's first event is processed the roles module has no row: the rule's default applies.
    const view = role ?? { userId: id, effectiveRole: DEFAULT_ROLE, decidedBy: 'default' as const, sources: { idpRole: null, manualRole: null, groups: [] } };
    return { ...adminUserView(user), effectiveRole: view.effectiveRole, role: view, groups: view.sources.groups, assignments };
  }

  /** Role and group filters narrow the set of ids; the search itself runs where the accounts live. */
  private async restriction(organizationId: string, query: ListUsersRequest): Promise<string[] | undefined> {
    let ids: string[] | undefined;
    const intersect = (next: string[]) => {
      const wanted = new Set(next);
      ids = ids === undefined ? next : ids.filter((id) => wanted.has(id));
    };
    if (query.role) intersect(await this.queries.execute(new ListUserIdsWithRoleQuery(organizationId, query.role)));
    if (query.groupId) intersect(await this.queries.execute(new GetGroupMemberIdsQuery(organizationId, query.groupId)));
    return ids;
  }
}
