import { DurableEvent } from '@app/platform';

/**
 * The user accepted another organization's invitation and now belongs to it. Each module releases
 * what the previous organization gave the user (group memberships, assignments, roles) and learns
 * the user in the new one. The account is the same (same id); only its organization changed.
 */
@DurableEvent<UserMovedOrganizationEvent>({ type: 'scim-users.user-moved-organization.v1', aggregateType: 'user', aggregateId: (e) => e.userId })
export class UserMovedOrganizationEvent {
  constructor(
    readonly organizationId: string,
    readonly userId: string,
    readonly userName: string,
    readonly previousOrganizationId: string,
  ) {}
}
