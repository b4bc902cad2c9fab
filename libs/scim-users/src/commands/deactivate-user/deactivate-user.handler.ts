import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@app/platform';
import { updateUser } from '../../domain/update-user';
import { userDocumentOf } from '../../domain/user-document';
import { DeactivateUserCommand } from './deactivate-user.command';

@CommandHandler(DeactivateUserCommand)
export class DeactivateUserHandler implements ICommandHandler<DeactivateUserCommand, void> {
  constructor(private readonly transactions: TransactionRunner) {}

  async execute({ organizationId, userId, expectedVersion }: DeactivateUserCommand): Promise<void> {
    await this.transactions.run((tx) => updateUser(tx, { organizationId, userId, expectedVersion }, (user) => ({ ...userDocumentOf(user), active: false })));
  }
}
