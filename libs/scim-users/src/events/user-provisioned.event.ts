import { DurableEvent } from '@app/platform';

@DurableEvent<UserProvisionedEvent>({ type: 'scim-users.user-provisioned.v1', aggregateType: 'user', aggregateId: (e) => e.userId })
export class UserProvisionedEvent {
  constructor(
    readonly organizationId: string,
    readonly userId: string,
    readonly userName: string,
    readonly active: boolean,
    readonly organizationRole: string | null,
    readonly lambdatestGroup: string | null,
    /** true when an admin-invited account was linked to the IdP rather than created. */
    readonly adopted: boolean,
  ) {}
}
