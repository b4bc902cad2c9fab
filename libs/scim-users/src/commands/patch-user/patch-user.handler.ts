import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { applyPatch, USER_RESOURCE_TYPE } from '@app/scim-protocol';
import { userDocumentOf } from '../../domain/user-document';
import { UserWriter } from '../../domain/user-writer';
import type { UserRecord } from '../../read-model/user-record';
import { PatchUserCommand } from './patch-user.command';

@CommandHandler(PatchUserCommand)
export class PatchUserHandler implements ICommandHandler<PatchUserCommand, UserRecord> {
  constructor(private readonly users: UserWriter) {}

  execute({ organizationId, userId, operations, expectedVersion }: PatchUserCommand): Promise<UserRecord> {
    return this.users.update({ organizationId, userId, expectedVersion }, (user) => applyPatch(userDocumentOf(user), operations, USER_RESOURCE_TYPE).resource);
  }
}
