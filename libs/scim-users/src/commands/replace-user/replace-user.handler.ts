import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UserWriter } from '../../domain/user-writer';
import type { UserRecord } from '../../read-model/user-record';
import { ReplaceUserCommand } from './replace-user.command';

@CommandHandler(ReplaceUserCommand)
export class ReplaceUserHandler implements ICommandHandler<ReplaceUserCommand, UserRecord> {
  constructor(private readonly users: UserWriter) {}

  execute({ organizationId, userId, document, expectedVersion }: ReplaceUserCommand): Promise<UserRecord> {
    return this.users.update({ organizationId, userId, expectedVersion }, () => document);
  }
}
