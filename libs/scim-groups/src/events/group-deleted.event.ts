import { DurableEvent } from '@app/platform';

/** Soft delete: the membership rows stay (GetGroupMemberIdsQuery still answers), the group stops counting. */
@DurableEvent<GroupDeletedEvent>({ type: 'scim-groups.group-deleted.v1', aggregateType: 'group', aggregateId: (e) => e.groupId })
export class GroupDeletedEvent {
  constructor(
    readonly organizationId: string,
    readonly groupId: string,
    readonly displayName: string,
  ) {}
}
