import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { ConflictError, isUniqueViolation, Transaction, TransactionRunner } from '@app/platform';
import { CROSS_ORG_INVITATION_COLUMNS, CrossOrgInvitationRow, invitationFromRow } from '../../domain/cross-org-invitation';
import { UserAccount } from '../../domain/user-account.entity';
import { applyUserFields, readUserDocument } from '../../domain/user-document';
import { findUserByUserName } from '../../domain/user-repository';
import { CrossOrgInvitationCreatedEvent } from '../../events/cross-org-invitation-created.event';
import { UserInvitedEvent } from '../../events/user-invited.event';
import { recordFromEntity } from '../../read-model/user-record';
import { InviteUserCommand, InviteUserResult } from './invite-user.command';

export class EmailAlreadyRegisteredError extends ConflictError {}

@CommandHandler(InviteUserCommand)
export class InviteUserHandler implements ICommandHandler<InviteUserCommand, InviteUserResult> {
  constructor(private readonly transactions: TransactionRunner) {}

  async execute({ organizationId, email, givenName, familyName }: InviteUserCommand): Promise<InviteUserResult> {
    const name = givenName || familyName ? { givenName, familyName } : undefined;
    const fields = readUserDocument({ userName: email, name, emails: [{ value: email, type: 'work', primary: true }] });
    try {
      return await this.transactions.run(async (tx) => {
        const existing = await findUserByUserName(tx.em, fields.userName);
        if (existing?.organizationId === organizationId) throw new EmailAlreadyRegisteredError(`${fields.userName} already has an account in this organization`);
        if (existing) return { kind: 'cross_org_invitation', invitation: await inviteAcrossOrganizations(tx, organizationId, existing) };
        const user = tx.em.create(UserAccount, { organizationId, userName: fields.userName, scimManaged: false, resource: {} });
        applyUserFields(user, { ...fields, active: true });
        user.version = 1;
        await tx.em.flush();
        tx.raise(new UserInvitedEvent(organizationId, user.id, user.userName));
        return { kind: 'user', user: recordFromEntity(user) };
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new EmailAlreadyRegisteredError(`${fields.userName} already has an account`);
      throw error;
    }
  }
}

/** Records (or finds, when one is pending already) the invitation; the account stays where it is. */
async function inviteAcrossOrganizations(tx: Transaction, organizationId: string, user: UserAccount) {
  const [created] = await tx.em.execute<CrossOrgInvitationRow[]>(
    `insert into scim_users.cross_org_invitation (id, organization_id, user_id, user_name) values (?, ?, ?, ?)
     on conflict (organization_id, user_id) where status = 'pending' do nothing returning ${CROSS_ORG_INVITATION_COLUMNS}`,
    [randomUUID(), organizationId, user.id, user.userName],
  );
  if (created) {
    tx.raise(new CrossOrgInvitationCreatedEvent(organizationId, created.id, user.id, user.userName));
    return invitationFromRow(created);
  }
  const [pending] = await tx.em.execute<CrossOrgInvitationRow[]>(
    `select ${CROSS_ORG_INVITATION_COLUMNS} from scim_users.cross_org_invitation where organization_id = ? and user_id = ? and status = 'pending'`,
    [organizationId, user.id],
  );
  return invitationFromRow(pending);
}
