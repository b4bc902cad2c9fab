import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@app/platform';
import { findRule } from '../../domain/rule-repository';
import { validateRulePattern } from '../../domain/rule-matcher';
import { MappingRuleView, ruleViewFromEntity } from '../../read-model/rule-view';
import { UpdateMappingRuleCommand } from './update-mapping-rule.command';

@CommandHandler(UpdateMappingRuleCommand)
export class UpdateMappingRuleHandler implements ICommandHandler<UpdateMappingRuleCommand, MappingRuleView> {
  constructor(private readonly transactions: TransactionRunner) {}

  execute({ organizationId, ruleId, changes }: UpdateMappingRuleCommand): Promise<MappingRuleView> {
    return this.transactions.run(async ({ em }) => {
      const rule = await findRule(em, organizationId, ruleId);
      const type = changes.type ?? rule.type;
      const pattern = changes.pattern !== undefined ? changes.pattern : rule.pattern;
      rule.pattern = validateRulePattern(type, pattern);
      rule.type = type;
      if (changes.name !== undefined) rule.name = changes.name.trim();
      if (changes.targetType !== undefined) rule.targetType = changes.targetType;
      if (changes.autoApprove !== undefined) rule.autoApprove = changes.autoApprove;
      if (changes.priority !== undefined) rule.priority = changes.priority;
      if (changes.enabled !== undefined) rule.enabled = changes.enabled;
      await em.flush();
      return ruleViewFromEntity(rule);
    });
  }
}
