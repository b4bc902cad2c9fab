import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, NotFoundError, TransactionRunner } from '@app/platform';
import { UserAccount } from '../../domain/user-account.entity';
import { UserMovedOrganizationEvent } from '../../events/user-moved-organization.event';
import { AcceptCrossOrgInvitationCommand, AcceptedInvitation } from './accept-cross-org-invitation.command';

export class InvitationNotFoundError extends NotFoundError {
  constructor(id: string) {
    super(`Invitation ${id} not found`);
  }
}

interface InvitationRow {
  id: string;
  organization_id: string;
  user_id: string;
  status: 'pending' | 'accepted';
  previous_organization_id: string | null;
}

@CommandHandler(AcceptCrossOrgInvitationCommand)
export class AcceptCrossOrgInvitationHandler implements ICommandHandler<AcceptCrossOrgInvitationCommand, AcceptedInvitation> {
  constructor(private readonly transactions: TransactionRunner) {}

  execute({ invitationId }: AcceptCrossOrgInvitationCommand): Promise<AcceptedInvitation> {
    return this.transactions.run(async ({ em, raise }) => {
      const invitation = await lockInvitation(em, invitationId);
      const accepted = (previousOrganizationId: string | null): AcceptedInvitation => ({
        invitationId,
        userId: invitation.user_id,
        organizationId: invitation.organization_id,
        previousOrganizationId,
      });
      if (invitation.status === 'accepted') return accepted(invitation.previous_organization_id);
      const user = await em.findOneOrFail(UserAccount, { id: invitation.user_id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const previous = user.organizationId === invitation.organization_id ? null : user.organizationId;
      if (previous) {
        moveAccount(user, invitation.organization_id);
        raise(new UserMovedOrganizationEvent(user.organizationId, user.id, user.userName, previous));
      }
      await em.execute(
        `update scim_users.cross_org_invitation set status = 'accepted', accepted_at = now(), previous_organization_id = ? where id = ?`,
        [previous, invitationId],
      );
      return accepted(previous);
    });
  }
}

async function lockInvitation(em: EntityManager, invitationId: string): Promise<InvitationRow> {
  const [row] = isUuid(invitationId)
    ? await em.execute<InvitationRow[]>(
        `select id, organization_id, user_id, status, previous_organization_id from scim_users.cross_org_invitation where id = ? for update`,
        [invitationId],
      )
    : [];
  if (!row) throw new InvitationNotFoundError(invitationId);
  return row;
}

/**
 * What the previous organization's IdP decided (its external id, role, concurrency group, extension
 * attributes) does not travel; the person's name and emails do. The new IdP adopts the account.
 */
function moveAccount(user: UserAccount, organizationId: string): void {
  const resource = Object.fromEntries(Object.entries(user.resource).filter(([key]) => key !== 'externalId' && !key.startsWith('urn:')));
  user.organizationId = organizationId;
  user.scimManaged = false;
  user.active = true;
  user.externalId = null;
  user.organizationRole = null;
  user.lambdatestGroup = null;
  user.resource = resource;
  user.version += 1;
  user.updatedAt = new Date();
}
