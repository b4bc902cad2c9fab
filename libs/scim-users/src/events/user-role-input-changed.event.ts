import { DurableEvent } from '@app/platform';

@DurableEvent<UserRoleInputChangedEvent>({ type: 'scim-users.user-role-input-changed.v1', aggregateType: 'user', aggregateId: (e) => e.userId })
export class UserRoleInputChangedEvent {
  constructor(
    readonly organizationId: string,
    readonly userId: string,
    /** The IdP's OrganizationRole, null when it no longer sends one. */
    readonly organizationRole: string | null,
  ) {}
}
