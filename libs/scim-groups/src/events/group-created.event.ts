import { DurableEvent } from '@app/platform';

/** Members of the new group follow as GroupMembersAdded in the same transaction. */
@DurableEvent<GroupCreatedEvent>({ type: 'scim-groups.group-created.v1', aggregateType: 'group', aggregateId: (e) => e.groupId })
export class GroupCreatedEvent {
  constructor(
    readonly organizationId: string,
    readonly groupId: string,
    readonly displayName: string,
    readonly roles: string[],
  ) {}
}
