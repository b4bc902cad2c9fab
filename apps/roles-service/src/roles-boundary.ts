import { GetEffectiveRoleQuery, GetEffectiveRolesQuery, ListUserIdsWithRoleQuery, ReconcileRolesCommand, SetManualRoleCommand } from '@app/roles';
import { GetGroupMemberIdsQuery, GetGroupRolesForUsersQuery, GetUserGroupsQuery } from '@app/scim-groups';
import { GetUserQuery, GetUsersByIdsQuery } from '@app/scim-users';

/**
 * What crosses the boundary when roles runs as its own service, both ways, over NATS
 * request/reply (the events cross through JetStream). Roles' own code is unchanged: these are the
 * contract classes it already sends and answers.
 */
export const ROLES_ANSWERS = {
  queries: [GetEffectiveRoleQuery, GetEffectiveRolesQuery, ListUserIdsWithRoleQuery],
  commands: [SetManualRoleCommand, ReconcileRolesCommand],
};

/** The queries of scim-users and scim-groups that roles sends (its recompute reads users, group roles and a user's groups). */
export const ROLES_ASKS = {
  queries: [GetUserQuery, GetUsersByIdsQuery, GetGroupMemberIdsQuery, GetGroupRolesForUsersQuery, GetUserGroupsQuery],
  commands: [],
};
