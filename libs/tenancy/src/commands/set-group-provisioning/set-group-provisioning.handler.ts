import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@app/platform';
import { GroupProvisioningToggledEvent } from '../../events/group-provisioning-toggled.event';
import { requireOrganization } from '../../organizations/require-organization';
import { SetGroupProvisioningCommand } from './set-group-provisioning.command';

@CommandHandler(SetGroupProvisioningCommand)
export class SetGroupProvisioningHandler implements ICommandHandler<SetGroupProvisioningCommand, { groupProvisioningEnabled: boolean }> {
  constructor(private readonly transactions: TransactionRunner) {}

  execute({ organizationId, enabled }: SetGroupProvisioningCommand) {
    return this.transactions.run(async ({ em, raise }) => {
      const organization = await requireOrganization(em, organizationId);
      if (organization.groupProvisioningEnabled !== enabled) {
        organization.groupProvisioningEnabled = enabled;
        raise(new GroupProvisioningToggledEvent(organizationId, enabled));
      }
      return { groupProvisioningEnabled: organization.groupProvisioningEnabled };
    });
  }
}
