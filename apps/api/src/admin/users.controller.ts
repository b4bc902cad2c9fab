import { Body, Controller, Get, NotFoundException, Param, Patch, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminErrorResponse, NotFoundError, PageResponse } from '@app/platform';
import { GetUserAssignmentsQuery } from '@app/org-entities';
import { DEFAULT_ROLE, GetEffectiveRoleQuery, GetEffectiveRolesQuery, ListUserIdsWithRoleQuery, SetManualRoleCommand } from '@app/roles';
import { GetGroupMemberIdsQuery } from '@app/scim-groups';
import { GetUserQuery, InviteUserCommand, SearchUsersQuery } from '@app/scim-users';
import { AdminApi, AdminPrincipal, CurrentAdmin } from '@app/tenancy';
import { AdminUserResponse, adminUserView, CrossOrgInvitationResponse, invitationView, InviteUserRequest } from './admin-user.dto';
import { EffectiveRoleResponse, SetManualRoleRequest } from './effective-role.dto';
import { ListUsersRequest, UserDetailResponse, UserListItemResponse } from './users.dto';

/**
 * The dashboard's users, all of `/api/v1/users` in one place: accounts (scim-users) with their
 * effective role (roles), groups and assignments; invitations; the manual role.
 */
@Controller('api/v1/users')
@AdminApi()
@ApiTags('Users')
export class UsersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  // Operation ids kept from when these endpoints lived in scim-users and roles: generated clients use them.
  @ApiOperation({ operationId: 'UsersAdmin_invite', summary: 'Invite a member by email' })
  @ApiCreatedResponse({ type: AdminUserResponse, description: 'A member added by hand; a later SCIM write of the same email adopts it' })
  @ApiAcceptedResponse({
    type: CrossOrgInvitationResponse,
    description: 'The email has an account in another organization: a pending invitation; the user moves here when they accept it on the platform',
  })
  @ApiConflictResponse({ type: AdminErrorResponse, description: 'The email already has an account in this organization' })
  async invite(@CurrentAdmin() admin: AdminPrincipal, @Body() body: InviteUserRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const result = await this.commands.execute(new InviteUserCommand(admin.organizationId, body.email, body.givenName, body.familyName));
    if (result.kind === 'cross_org_invitation') {
      void reply.status(202);
      return invitationView(result.invitation);
    }
    void reply.status(201);
    return adminUserView(result.user);
  }

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

  @Patch(':id/role')
  @ApiOperation({ operationId: 'UserRole_setManualRole', summary: "Set or clear the user's manual role" })
  @ApiOkResponse({ type: EffectiveRoleResponse, description: 'The manual role only decides while neither the IdP nor a group gives a role' })
  @ApiNotFoundResponse({ type: AdminErrorResponse })
  async setManualRole(
    @CurrentAdmin() admin: AdminPrincipal,
    // A malformed id is nobody: the command answers not_found like for any unknown id.
    @Param('id') id: string,
    @Body() body: SetManualRoleRequest,
  ): Promise<EffectiveRoleResponse> {
    await this.commands.execute(new SetManualRoleCommand(admin.organizationId, id, body.role));
    const view = await this.queries.execute(new GetEffectiveRoleQuery(admin.organizationId, id));
    if (!view) throw new NotFoundError(`User ${id} not found`);
    return view;
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
