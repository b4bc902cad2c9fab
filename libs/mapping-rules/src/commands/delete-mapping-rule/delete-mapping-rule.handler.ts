import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@app/platform';
import { findRule } from '../../domain/rule-repository';
import { DeleteMappingRuleCommand } from './delete-mapping-rule.command';

@CommandHandler(DeleteMappingRuleCommand)
export class DeleteMappingRuleHandler implements ICommandHandler<DeleteMappingRuleCommand, void> {
  constructor(private readonly transactions: TransactionRunner) {}

  async execute({ organizationId, ruleId }: DeleteMappingRuleCommand): Promise<void> {
    await this.transactions.run(async ({ em }) => {
      em.remove(await findRule(em, organizationId, ruleId));
    });
  }
}
