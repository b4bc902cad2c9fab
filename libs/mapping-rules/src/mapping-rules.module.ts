import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { TenancyModule } from '@app/tenancy';
import { ApplyRulesToExistingGroupsHandler } from './commands/apply-rules-to-existing-groups/apply-rules-to-existing-groups.handler';
import { ApproveMappingHandler } from './commands/approve-mapping/approve-mapping.handler';
import { CreateMappingHandler } from './commands/create-mapping/create-mapping.handler';
import { CreateMappingRuleHandler } from './commands/create-mapping-rule/create-mapping-rule.handler';
import { DeleteMappingRuleHandler } from './commands/delete-mapping-rule/delete-mapping-rule.handler';
import { RejectMappingHandler } from './commands/reject-mapping/reject-mapping.handler';
import { ReorderMappingRulesHandler } from './commands/reorder-mapping-rules/reorder-mapping-rules.handler';
import { RetargetMappingHandler } from './commands/retarget-mapping/retarget-mapping.handler';
import { UpdateMappingRuleHandler } from './commands/update-mapping-rule/update-mapping-rule.handler';
import { GroupMapping } from './domain/group-mapping.entity';
import { MappingRule } from './domain/mapping-rule.entity';
import { EntityDirectory } from './ports/entity-directory';
import { GroupDirectory } from './ports/group-directory';
import { MappingRulesController } from './http/mapping-rules.controller';
import { MappingsController } from './http/mappings.controller';
import { MappingPresenter } from './http/mapping-presenter';
import { GetMappingHandler } from './queries/get-mapping/get-mapping.handler';
import { GetMappingRuleHandler } from './queries/get-mapping-rule/get-mapping-rule.handler';
import { ListGroupMappingsHandler } from './queries/list-group-mappings/list-group-mappings.handler';
import { ListMappingRulesHandler } from './queries/list-mapping-rules/list-mapping-rules.handler';
import { ListMappingsHandler } from './queries/list-mappings/list-mappings.handler';
import { ListSyncingTargetsHandler } from './queries/list-syncing-targets/list-syncing-targets.handler';
import { ListGroupIdsByMappingStateHandler, ListMappingsForGroupsHandler } from './queries/mappings-for-groups/mappings-for-groups.handlers';
import { EvaluateRulesOnGroupChangeHandler } from './reactions/evaluate-rules-on-group-change.handler';
import { MappingRuleEngine } from './rules/mapping-rule-engine';
import { RuleApplicationPlanner } from './rules/rule-application-planner';
import { PreviewRuleApplicationHandler } from './queries/preview-rule-application/preview-rule-application.handler';
import { RejectMappingsOnGroupDeletedHandler } from './reactions/reject-mappings-on-group-deleted.handler';
import { RevertMappingsOnEntityDeletedHandler } from './reactions/revert-mappings-on-entity-deleted.handler';
import { DeleteOrganizationMappingsHandler } from './reactions/organization-deleted.handler';

/** SCIM group → entity mappings and the rules that make them; the assignments module syncs what they give. */
@Module({
  imports: [TenancyModule, MikroOrmModule.forFeature([GroupMapping, MappingRule])],
  controllers: [MappingsController, MappingRulesController],
  providers: [
    DeleteOrganizationMappingsHandler,
    EntityDirectory,
    GroupDirectory,
    MappingRuleEngine,
    RuleApplicationPlanner,
    MappingPresenter,
    PreviewRuleApplicationHandler,
    ApplyRulesToExistingGroupsHandler,
    CreateMappingHandler,
    ApproveMappingHandler,
    RejectMappingHandler,
    RetargetMappingHandler,
    CreateMappingRuleHandler,
    UpdateMappingRuleHandler,
    DeleteMappingRuleHandler,
    ReorderMappingRulesHandler,
    ListGroupMappingsHandler,
    ListMappingsHandler,
    ListMappingsForGroupsHandler,
    ListGroupIdsByMappingStateHandler,
    ListMappingRulesHandler,
    GetMappingRuleHandler,
    GetMappingHandler,
    ListSyncingTargetsHandler,
    EvaluateRulesOnGroupChangeHandler,
    RejectMappingsOnGroupDeletedHandler,
    RevertMappingsOnEntityDeletedHandler,
  ],
})
export class MappingRulesModule {}
