import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@app/platform';
import { LambdatestGroupValidator } from '../../domain/concurrency-group-names.port';
import { updateUser } from '../../domain/update-user';
import { userDocumentOf } from '../../domain/user-document';
import { DeactivateUserCommand } from './deactivate-user.command';

@CommandHandler(DeactivateUserCommand)
export class DeactivateUserHandler implements ICommandHandler<DeactivateUserCommand, void> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly lambdatestGroups: LambdatestGroupValidator,
  ) {}

  async execute({ organizationId, userId, expectedVersion }: DeactivateUserCommand): Promise<void> {
    await this.transactions.run((tx) => updateUser(tx, { organizationId, userId, expectedVersion }, (user) => ({ ...userDocumentOf(user), active: false }), this.lambdatestGroups));
  }
}
