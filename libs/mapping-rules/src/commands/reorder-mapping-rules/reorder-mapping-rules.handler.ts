import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InvalidInputError, ReadSide, TransactionRunner } from '@app/platform';
import { MappingRule } from '../../domain/mapping-rule.entity';
import { listRules } from '../../rules/rule-row';
import type { MappingRuleView } from '../../read-model/rule-view';
import { ReorderMappingRulesCommand } from './reorder-mapping-rules.command';

@CommandHandler(ReorderMappingRulesCommand)
export class ReorderMappingRulesHandler implements ICommandHandler<ReorderMappingRulesCommand, MappingRuleView[]> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly reads: ReadSide,
  ) {}

  async execute({ organizationId, ruleIds }: ReorderMappingRulesCommand): Promise<MappingRuleView[]> {
    await this.transactions.run(async ({ em }) => {
      const rules = await em.find(MappingRule, { organizationId });
      const byId = new Map(rules.map((rule) => [rule.id, rule]));
      const complete = new Set(ruleIds).size === ruleIds.length && ruleIds.length === rules.length && ruleIds.every((id) => byId.has(id));
      if (!complete) throw new InvalidInputError('ids must list every mapping rule of the organization exactly once');
      // The first id gets the highest priority; the last gets 1.
      ruleIds.forEach((id, index) => (byId.get(id)!.priority = ruleIds.length - index));
    });
    return listRules(this.reads, organizationId);
  }
}
