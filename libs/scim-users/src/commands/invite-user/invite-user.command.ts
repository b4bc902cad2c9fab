import { Command } from '@nestjs/cqrs';
import type { CrossOrgInvitationView } from '../../domain/cross-org-invitation';
import type { UserRecord } from '../../read-model/user-record';

/**
 * A new account of the organization, or, when the email's account lives in another organization,
 * a pending invitation: the user is not moved until they accept it on the platform.
 */
export type InviteUserResult = { kind: 'user'; user: UserRecord } | { kind: 'cross_org_invitation'; invitation: CrossOrgInvitationView };

/** An admin adds a member by hand; a later SCIM write of the same email adopts this account. */
export class InviteUserCommand extends Command<InviteUserResult> {
  constructor(
    readonly organizationId: string,
    readonly email: string,
    readonly givenName?: string,
    readonly familyName?: string,
  ) {
    super();
  }
}
