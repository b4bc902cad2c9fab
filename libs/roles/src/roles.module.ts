import { Module } from '@nestjs/common';
import { TenancyModule } from '@app/tenancy';
import { ReconcileRolesHandler } from './commands/reconcile-roles/reconcile-roles.handler';
import { RecomputeRolesHandler } from './commands/recompute-roles/recompute-roles.handler';
import { SetManualRoleHandler } from './commands/set-manual-role/set-manual-role.handler';
import { RoleRecomputer } from './domain/role-recomputer';
import { GetEffectiveRoleHandler } from './queries/get-effective-role/get-effective-role.handler';
import { GetEffectiveRolesHandler } from './queries/get-effective-roles/get-effective-roles.handler';
import { ListUserIdsWithRoleHandler } from './queries/list-user-ids-with-role/list-user-ids-with-role.handler';
import { GroupMembershipHandler } from './reactions/group-membership.handler';
import { GroupRolesHandler } from './reactions/group-roles.handler';
import { UserMovedHandler } from './reactions/user-moved.handler';
import { UserRoleInputsHandler } from './reactions/user-role-inputs.handler';
import { DeleteOrganizationRolesHandler } from './reactions/organization-deleted.handler';

/** Each user's effective organization role, derived from the IdP, the user's groups and the admin (docs/roles.md). */
@Module({
  imports: [TenancyModule],
  providers: [
    DeleteOrganizationRolesHandler,
    RoleRecomputer,
    RecomputeRolesHandler,
    ReconcileRolesHandler,
    SetManualRoleHandler,
    GetEffectiveRoleHandler,
    GetEffectiveRolesHandler,
    ListUserIdsWithRoleHandler,
    UserRoleInputsHandler,
    GroupMembershipHandler,
    GroupRolesHandler,
    UserMovedHandler,
  ],
})
export class RolesModule {}
