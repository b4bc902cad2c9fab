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
      // The admin's own values (and their spacing) are kept: handed out again in the new order.
      const priorities = keptPriorities(rules.map((rule) => rule.priority));
      ruleIds.forEach((id, index) => (byId.get(id)!.priority = priorities[index]));
    });
    return listRules(this.reads, organizationId);
  }
}

/** The same values, highest first, each strictly below the previous one so the new order is the only order. */
export function keptPriorities(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => b - a);
  for (let i = 1; i < sorted.length; i++) sorted[i] = Math.min(sorted[i], sorted[i - 1] - 1);
  return sorted;
}
