import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@app/platform';
import { lockOrganization } from '../../organizations/require-organization';
import { notifyScimTokensChanged } from '../../tokens/scim-token-changes';
import { SetOrganizationEnabledCommand } from './set-organization-enabled.command';

@CommandHandler(SetOrganizationEnabledCommand)
export class SetOrganizationEnabledHandler implements ICommandHandler<SetOrganizationEnabledCommand, void> {
  constructor(private readonly transactions: TransactionRunner) {}

  async execute({ organizationId, enabled }: SetOrganizationEnabledCommand): Promise<void> {
    await this.transactions.run(async ({ em }) => {
      const organization = await lockOrganization(em, organizationId);
      if (enabled === !organization.disabledAt) return;
      organization.disabledAt = enabled ? null : new Date();
      // Cached verified tokens carry the organization's state: every instance must look again.
      await notifyScimTokensChanged(em, organizationId);
    });
  }
}
