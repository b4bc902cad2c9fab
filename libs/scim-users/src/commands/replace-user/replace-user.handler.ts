import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@app/platform';
import { updateUser } from '../../domain/update-user';
import type { UserRecord } from '../../read-model/user-record';
import { ReplaceUserCommand } from './replace-user.command';

@CommandHandler(ReplaceUserCommand)
export class ReplaceUserHandler implements ICommandHandler<ReplaceUserCommand, UserRecord> {
  constructor(private readonly transactions: TransactionRunner) {}

  execute({ organizationId, userId, document, expectedVersion }: ReplaceUserCommand): Promise<UserRecord> {
    return this.transactions.run((tx) => updateUser(tx, { organizationId, userId, expectedVersion }, () => document));
  }
}
