import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@app/platform';
import { LambdatestGroupValidator } from '../../domain/concurrency-group-names.port';
import { updateUser } from '../../domain/update-user';
import type { UserRecord } from '../../read-model/user-record';
import { ReplaceUserCommand } from './replace-user.command';

@CommandHandler(ReplaceUserCommand)
export class ReplaceUserHandler implements ICommandHandler<ReplaceUserCommand, UserRecord> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly lambdatestGroups: LambdatestGroupValidator,
  ) {}

  execute({ organizationId, userId, document, expectedVersion }: ReplaceUserCommand): Promise<UserRecord> {
    return this.transactions.run((tx) => updateUser(tx, { organizationId, userId, expectedVersion }, () => document, this.lambdatestGroups));
  }
}
