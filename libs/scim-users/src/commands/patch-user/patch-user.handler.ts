import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@app/platform';
import { applyPatch, USER_RESOURCE_TYPE } from '@app/scim-protocol';
import { LambdatestGroupValidator } from '../../domain/concurrency-group-names.port';
import { updateUser } from '../../domain/update-user';
import { userDocumentOf } from '../../domain/user-document';
import type { UserRecord } from '../../read-model/user-record';
import { PatchUserCommand } from './patch-user.command';

@CommandHandler(PatchUserCommand)
export class PatchUserHandler implements ICommandHandler<PatchUserCommand, UserRecord> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly lambdatestGroups: LambdatestGroupValidator,
  ) {}

  execute({ organizationId, userId, operations, expectedVersion }: PatchUserCommand): Promise<UserRecord> {
    return this.transactions.run((tx) =>
      updateUser(tx, { organizationId, userId, expectedVersion }, (user) => applyPatch(userDocumentOf(user), operations, USER_RESOURCE_TYPE).resource, this.lambdatestGroups),
    );
  }
}
