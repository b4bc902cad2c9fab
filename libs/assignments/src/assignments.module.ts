import { Module } from '@nestjs/common';
import { TenancyModule } from '@app/tenancy';
import { ReconcileOrganizationHandler } from './commands/reconcile-organization/reconcile-organization.handler';
import { ResolveConflictHandler } from './commands/resolve-conflict/resolve-conflict.handler';
import { ConflictArbiter } from './conflicts/conflict-arbiter';
import { ConflictsController } from './http/conflicts.controller';
import { ConflictPresenter } from './http/conflict-presenter';
import { ReconcileController } from './http/reconcile.controller';
import { OrgEntitiesPort } from './ports/org-entities-port';
import { RolesPort } from './ports/roles-port';
import { GetConflictHandler, ListConflictsHandler } from './queries/list-conflicts/list-conflicts.handlers';
import { DeleteOrganizationConflictsHandler } from './reactions/organization-deleted.handler';
import { SyncOnConflictDecidedHandler } from './reactions/sync-on-conflict-decided.handler';
import { SyncOnMappingChangedHandler } from './reactions/sync-on-mapping-changed.handler';
import { SyncOnMembershipChangedHandler } from './reactions/sync-on-membership-changed.handler';
import { ScimAssignmentSync } from './sync/scim-assignment-sync';

/** SCIM-derived assignments: what mappings give each user, conflicts between them, and reconcile. */
@Module({
  imports: [TenancyModule],
  controllers: [ConflictsController, ReconcileController],
  providers: [
    OrgEntitiesPort,
    RolesPort,
    ScimAssignmentSync,
    ConflictArbiter,
    ConflictPresenter,
    ResolveConflictHandler,
    ReconcileOrganizationHandler,
    ListConflictsHandler,
    GetConflictHandler,
    SyncOnMembershipChangedHandler,
    SyncOnMappingChangedHandler,
    SyncOnConflictDecidedHandler,
    DeleteOrganizationConflictsHandler,
  ],
})
export class AssignmentsModule {}
