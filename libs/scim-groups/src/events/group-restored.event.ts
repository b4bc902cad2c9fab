import { DurableEvent } from '@app/platform';

/**
 * A create whose displayName matched a soft-deleted group revived it (same id). The members it
 * had before are gone (GroupMembersRemoved was raised at restore time for them, if any), the
 * request's members follow as GroupMembersAdded.
 */
@DurableEvent<GroupRestoredEvent>({ type: 'scim-groups.group-restored.v1', aggregateType: 'group', aggregateId: (e) => e.groupId })
export class GroupRestoredEvent {
  constructor(
    readonly organizationId: string,
    readonly groupId: string,
    readonly displayName: string,
    readonly roles: string[],
  ) {}
}
