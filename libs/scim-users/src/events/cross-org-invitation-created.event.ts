import { DurableEvent } from '@app/platform';

/** For the platform: ask the user to accept joining the organization (it then calls the accept endpoint). */
@DurableEvent<CrossOrgInvitationCreatedEvent>({ type: 'scim-users.cross-org-invitation-created.v1', aggregateType: 'user', aggregateId: (e) => e.userId })
export class CrossOrgInvitationCreatedEvent {
  constructor(
    readonly organizationId: string,
    readonly invitationId: string,
    readonly userId: string,
    readonly userName: string,
  ) {}
}
