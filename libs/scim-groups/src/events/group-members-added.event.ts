import { DurableEvent } from '@app/platform';

/** Only the users actually added (already-present members are not repeated). */
@DurableEvent<GroupMembersAddedEvent>({ type: 'scim-groups.group-members-added.v1', aggregateType: 'group', aggregateId: (e) => e.groupId })
export class GroupMembersAddedEvent {
  constructor(
    readonly organizationId: string,
    readonly groupId: string,
    readonly userIds: string[],
  ) {}
}
