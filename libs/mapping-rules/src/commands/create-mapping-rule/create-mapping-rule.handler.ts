import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@app/platform';
import { MappingRule } from '../../domain/mapping-rule.entity';
import { validateRulePattern } from '../../domain/rule-matcher';
import { MappingRuleView, ruleViewFromEntity } from '../../read-model/rule-view';
import { CreateMappingRuleCommand } from './create-mapping-rule.command';

@CommandHandler(CreateMappingRuleCommand)
export class CreateMappingRuleHandler implements ICommandHandler<CreateMappingRuleCommand, MappingRuleView> {
  constructor(private readonly transactions: TransactionRunner) {}

  execute({ organizationId, rule }: CreateMappingRuleCommand): Promise<MappingRuleView> {
    const pattern = validateRulePattern(rule.type, rule.pattern);
    return this.transactions.run(async ({ em }) => {
      const created = em.create(MappingRule, {
        organizationId,
        name: rule.name.trim(),
        type: rule.type,
        pattern,
        targetType: rule.targetType,
        autoApprove: rule.autoApprove ?? false,
        priority: rule.priority ?? 0,
        enabled: rule.enabled ?? true,
      });
      await em.flush();
      return ruleViewFromEntity(created);
    });
  }
}
