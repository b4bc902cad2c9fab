import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { pgArray, TransactionRunner } from '@app/platform';
import { MappingRuleEngine } from '../../rules/mapping-rule-engine';
import { RuleApplicationPlanner } from '../../rules/rule-application-planner';
import { ApplyRulesToExistingGroupsCommand, RulesApplied } from './apply-rules-to-existing-groups.command';

@CommandHandler(ApplyRulesToExistingGroupsCommand)
export class ApplyRulesToExistingGroupsHandler implements ICommandHandler<ApplyRulesToExistingGroupsCommand, RulesApplied> {
  constructor(
    private readonly planner: RuleApplicationPlanner,
    private readonly engine: MappingRuleEngine,
    private readonly db: TransactionRunner,
  ) {}

  async execute({ organizationId }: ApplyRulesToExistingGroupsCommand): Promise<RulesApplied> {
    const matches = await this.planner.unmappedMatches(organizationId);
    // One group at a time through the same engine as a push: each evaluation is its own transaction
    // (entity creation belongs to org-entities), so a failure part-way leaves whole mappings only,
    // and applying again picks up the rest.
    for (const { group } of matches) await this.engine.evaluate({ organizationId, groupId: group.id, displayName: group.displayName });
    if (matches.length === 0) return { groupsMapped: 0, autoApproved: 0, pending: 0 };
    const [counts] = await this.db.query<{ mapped: string; auto: string; pending: string }>(
      `select count(distinct group_id) as mapped, count(*) filter (where status = 'auto_approved') as auto, count(*) filter (where status = 'pending') as pending
         from mapping_rules.group_mapping where organization_id = ? and group_id = any(?::uuid[])`,
      [organizationId, pgArray(matches.map((m) => m.group.id))],
    );
    return { groupsMapped: Number(counts.mapped), autoApproved: Number(counts.auto), pending: Number(counts.pending) };
  }
}
