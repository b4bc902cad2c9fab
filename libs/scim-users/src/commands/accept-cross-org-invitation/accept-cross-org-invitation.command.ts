import { Command } from '@nestjs/cqrs';

export interface AcceptedInvitation {
  invitationId: string;
  userId: string;
  organizationId: string;
  /** Where the user came from; null when the user was already in the organization. */
  previousOrganizationId: string | null;
}

/**
 * The platform reports that the user accepted: the account moves into the inviting organization,
 * the previous organization's groups, assignments and roles are released, and the account waits
 * to be adopted by the new organization's IdP. Accepting twice answers the first outcome.
 */
export class AcceptCrossOrgInvitationCommand extends Command<AcceptedInvitation> {
  constructor(readonly invitationId: string) {
    super();
  }
}
