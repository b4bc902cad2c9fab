/**
 * org-entities: Teams (additive), Concurrency Groups (exactly one per user, the org's "Default" when
 * nothing else applies) and Sub-Organizations (at most one, else the root org), and who is in them
 * and why. Each assignment row has a source; the effective one per exclusive slot is
 * scim > user_attribute (LambdatestGroup) > manual > fallback. Teams add up across sources.
 *
 * For the mapping engine: `ApplyScimAssignmentsCommand(organizationId, assignments)` replaces the
 * SCIM-sourced rows of exactly the listed users (set-based: a few statements for 50,000 users),
 * clears their manual team suppressions, and raises one `AssignmentsChangedEvent` per batch naming
 * the users whose rows changed. Pass `'unchanged'` for an exclusive slot to leave it as it is (an
 * open conflict), `{ entityId: null }` to take SCIM's choice away. Entity ids of another org or
 * type are ignored. Idempotent: the same batch twice changes nothing the second time.
 * React to `EntityDeletedEvent` (assignments already removed, users fell back) and `EntityRenamedEvent`.
 *
 * For name look-ups (rules, LambdatestGroup): `FindEntityByNameQuery(organizationId, type, name)`,
 * case-insensitive on the trimmed name, answers `{ id, type, name }` or null.
 */
export { OrgEntitiesModule } from './org-entities.module';
export { orgEntitiesMigrations } from './migrations/index';
export { ENTITY_TYPES } from './domain/entity-types';
export type { EntityType, EntityRef, EntityView, AssignmentSource } from './domain/entity-types';
export { CreateEntityCommand } from './commands/create-entity/create-entity.command';
export { RenameEntityCommand } from './commands/rename-entity/rename-entity.command';
export { DeleteEntityCommand } from './commands/delete-entity/delete-entity.command';
export { AddEntityMemberCommand, RemoveEntityMemberCommand } from './commands/manual-membership/manual-membership.commands';
export { ApplyScimAssignmentsCommand } from './commands/apply-scim-assignments/apply-scim-assignments.command';
export type { ScimAssignment, ScimExclusiveTarget } from './commands/apply-scim-assignments/apply-scim-assignments.command';
export { ReconcileUserAttributesCommand } from './commands/reconcile-user-attributes/reconcile-user-attributes.command';
export type { UserAttributeInput, UserAttributesReconciled } from './commands/reconcile-user-attributes/reconcile-user-attributes.command';
export { GetEntityQuery, FindEntityByNameQuery, ListScimAssignedUserIdsQuery } from './queries/get-entity/entity-queries';
export { GetEntityNamesQuery } from './queries/get-entity-names/get-entity-names.query';
export { ListEntitiesQuery } from './queries/list-entities/list-entities.query';
export { ListEntityMembersQuery } from './queries/entity-members/entity-members.query';
export type { EntityMember } from './queries/entity-members/entity-members.query';
export { GetUserAssignmentsQuery } from './queries/user-assignments/user-assignments.query';
export type { AssignedEntity, UserAssignments } from './queries/user-assignments/user-assignments.query';
export { EntityRenamedEvent } from './events/entity-renamed.event';
export { EntityDeletedEvent } from './events/entity-deleted.event';
export { AssignmentsChangedEvent } from './events/assignments-changed.event';
export { orgEntitiesEventContracts } from './events/event-contracts';
