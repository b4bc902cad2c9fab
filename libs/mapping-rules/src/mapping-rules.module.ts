import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { TenancyModule } from '@app/tenancy';
import { AssignmentSync } from './assignments/assignment-sync';
import { SyncOnMappingChangedHandler } from './assignments/sync-on-mapping-changed.handler';
import { SyncOnMembershipChangedHandler } from './assignments/sync-on-membership-changed.handler';
import { ApproveMappingHandler } from './commands/approve-mapping/approve-mapping.handler';
import { CreateMappingHandler } from './commands/create-mapping/create-mapping.handler';
import { CreateMappingRuleHandler } from './commands/create-mapping-rule/create-mapping-rule.handler';
import { DeleteMappingRuleHandler } from './commands/delete-mapping-rule/delete-mapping-rule.handler';
import { ResolveConflictHandler } from './commands/resolve-conflict/resolve-conflict.handler';
import { ReconcileOrganizationHandler } from './commands/reconcile-organization/reconcile-organization.handler';
import { RejectMappingHandler } from './commands/reject-mapping/reject-mapping.handler';
import { ReorderMappingRulesHandler } from './commands/reorder-mapping-rules/reorder-mapping-rules.handler';
import { RetargetMappingHandler } from './commands/retarget-mapping/retarget-mapping.handler';
import { UpdateMappingRuleHandler } from './commands/update-mapping-rule/update-mapping-rule.handler';
import { ConflictArbiter } from './conflicts/conflict-arbiter';
import { GroupMapping } from './domain/group-mapping.entity';
import { MappingRule } from './domain/mapping-rule.entity';
import { EntityDirectory } from './entities/entity-directory';
import { GroupDirectory } from './entities/group-directory';
import { RoleRecomputer } from './entities/role-recomputer';
import { ConflictsController } from './http/conflicts.controller';
import { MappingRulesController } from './http/mapping-rules.controller';
import { MappingsController } from './http/mappings.controller';
import { ReconcileController } from './http/reconcile.controller';
import { GetMappingRuleHandler } from './queries/get-mapping-rule/get-mapping-rule.handler';
import { GetConflictHandler, ListConflictsHandler } from './queries/list-conflicts/list-conflicts.handlers';
import { ListDetectedConflictsHandler } from './queries/list-detected-conflicts/list-detected-conflicts.handler';
import { ListGroupMappingsHandler } from './queries/list-group-mappings/list-group-mappings.handler';
import { ListMappingRulesHandler } from './queries/list-mapping-rules/list-mapping-rules.handler';
import { ListMappingsHandler } from './queries/list-mappings/list-mappings.handler';
import { ListGroupIdsByMappingStateHandler, ListMappingsForGroupsHandler } from './queries/mappings-for-groups/mappings-for-groups.handlers';
import { EvaluateRulesOnGroupChangeHandler } from './rules/evaluate-rules-on-group-change.handler';
import { MappingRuleEngine } from './rules/mapping-rule-engine';
import { RejectMappingsOnGroupDeletedHandler } from './rules/reject-mappings-on-group-deleted.handler';
import { RevertMappingsOnEntityDeletedHandler } from './rules/revert-mappings-on-entity-deleted.handler';
import { DeleteOrganizationMappingsHandler } from './reactions/organization-deleted.handler';

/** SCIM group → entity mappings, the rules that make them, and the assignments they derive (SPEC §7–8). */
@Module({
  imports: [TenancyModule, MikroOrmModule.forFeature([GroupMapping, MappingRule])],
  controllers: [MappingsController, MappingRulesController, ReconcileController, ConflictsController],
  providers: [
    DeleteOrganizationMappingsHandler,
    EntityDirectory,
    GroupDirectory,
    RoleRecomputer,
    MappingRuleEngine,
    AssignmentSync,
    ConflictArbiter,
    ResolveConflictHandler,
    ListConflictsHandler,
    GetConflictHandler,
    CreateMappingHandler,
    ApproveMappingHandler,
    RejectMappingHandler,
    RetargetMappingHandler,
    CreateMappingRuleHandler,
    UpdateMappingRuleHandler,
    DeleteMappingRuleHandler,
    ReorderMappingRulesHandler,
    ReconcileOrganizationHandler,
    ListGroupMappingsHandler,
    ListMappingsHandler,
    ListMappingsForGroupsHandler,
    ListGroupIdsByMappingStateHandler,
    ListMappingRulesHandler,
    GetMappingRuleHandler,
    ListDetectedConflictsHandler,
    EvaluateRulesOnGroupChangeHandler,
    RejectMappingsOnGroupDeletedHandler,
    RevertMappingsOnEntityDeletedHandler,
    SyncOnMembershipChangedHandler,
    SyncOnMappingChangedHandler,
  ],
})
export class MappingRulesModule {}
