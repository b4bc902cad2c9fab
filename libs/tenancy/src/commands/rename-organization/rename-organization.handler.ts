import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InvalidInputError, TransactionRunner } from '@app/platform';
import { requireOrganization } from '../../organizations/require-organization';
import { RenameOrganizationCommand } from './rename-organization.command';

@CommandHandler(RenameOrganizationCommand)
export class RenameOrganizationHandler implements ICommandHandler<RenameOrganizationCommand, void> {
  constructor(private readonly transactions: TransactionRunner) {}

  async execute({ organizationId, name }: RenameOrganizationCommand): Promise<void> {
    const trimmed = name?.trim();
    if (!trimmed) throw new InvalidInputError('An organization needs a name');
    await this.transactions.run(async ({ em }) => {
      (await requireOrganization(em, organizationId)).name = trimmed;
    });
  }
}
