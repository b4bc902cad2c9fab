import { DurableEvent } from '@app/platform';

/** Only the users actually removed. */
@DurableEvent<GroupMembersRemovedEvent>({ type: 'scim-groups.group-members-removed.v1', aggregateType: 'group', aggregateId: (e) => e.groupId })
export class GroupMembersRemovedEvent {
  constructor(
    readonly organizationId: string,
    readonly groupId: string,
    readonly userIds: string[],
  ) {}
}
