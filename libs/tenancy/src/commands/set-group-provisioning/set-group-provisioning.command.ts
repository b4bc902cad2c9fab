import { Command } from '@nestjs/cqrs';

export class SetGroupProvisioningCommand extends Command<{ groupProvisioningEnabled: boolean }> {
  constructor(
    readonly organizationId: string,
    readonly enabled: boolean,
  ) {
    super();
  }
}
