/**
 * assignments: the SCIM-derived assignments of each user (the targets of the syncing mappings of
 * their live groups), the conflicts when two groups want different exclusive targets, the admins'
 * decisions on them, and reconcile. org-entities stores the result; mapping-rules says what syncs.
 */
export { AssignmentsModule } from './assignments.module';
export { assignmentsMigrations } from './migrations/index';
export { ResolveConflictCommand } from './commands/resolve-conflict/resolve-conflict.command';
export { ReconcileOrganizationCommand } from './commands/reconcile-organization/reconcile-organization.command';
export type { ReconcileReport } from './commands/reconcile-organization/reconcile-organization.command';
export { ListConflictsQuery, GetConflictQuery } from './queries/list-conflicts/list-conflicts.query';
export type { ConflictFilter, ConflictPage } from './queries/list-conflicts/list-conflicts.query';
export { EXCLUSIVE_SLOTS } from './conflicts/conflict-types';
export type { ConflictView, ConflictSide, ConflictType, ExclusiveSlot, ConflictStatus, ConflictResolution, AdminResolution } from './conflicts/conflict-types';
export { ConflictOpenedEvent } from './events/conflict-opened.event';
export { ConflictResolvedEvent } from './events/conflict-resolved.event';
