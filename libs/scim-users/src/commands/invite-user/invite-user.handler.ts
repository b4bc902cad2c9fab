import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ConflictError, isUniqueViolation, TransactionRunner } from '@app/platform';
import { UserAccount } from '../../domain/user-account.entity';
import { applyUserFields, readUserDocument } from '../../domain/user-document';
import { findUserByUserName } from '../../domain/user-repository';
import { UserInvitedEvent } from '../../events/user-invited.event';
import { recordFromEntity, UserRecord } from '../../read-model/user-record';
import { InviteUserCommand } from './invite-user.command';

export class EmailAlreadyRegisteredError extends ConflictError {}

@CommandHandler(InviteUserCommand)
export class InviteUserHandler implements ICommandHandler<InviteUserCommand, UserRecord> {
  constructor(private readonly transactions: TransactionRunner) {}

  async execute({ organizationId, email, givenName, familyName }: InviteUserCommand): Promise<UserRecord> {
    const name = givenName || familyName ? { givenName, familyName } : undefined;
    const fields = readUserDocument({ userName: email, name, emails: [{ value: email, type: 'work', primary: true }] });
    try {
      return await this.transactions.run(async ({ em, raise }) => {
        const existing = await findUserByUserName(em, fields.userName);
        if (existing) {
          const where = existing.organizationId === organizationId ? 'in this organization' : 'in another organization';
          throw new EmailAlreadyRegisteredError(`${fields.userName} already has an account ${where}`);
        }
        const user = em.create(UserAccount, { organizationId, userName: fields.userName, scimManaged: false, resource: {} });
        applyUserFields(user, { ...fields, active: true });
        user.version = 1;
        await em.flush();
        raise(new UserInvitedEvent(organizationId, user.id, user.userName));
        return recordFromEntity(user);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new EmailAlreadyRegisteredError(`${fields.userName} already has an account`);
      throw error;
    }
  }
}
