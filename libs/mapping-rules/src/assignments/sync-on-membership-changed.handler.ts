import { DurableEventHandler } from '@app/platform';
import { GroupMembersAddedEvent, GroupMembersRemovedEvent } from '@app/scim-groups';
import { AssignmentSync } from './assignment-sync';

/**
 * Recomputes exactly the users whose membership changed. Not skipped for unmapped groups: any
 * change that touches a user re-applies their SCIM-derived assignments (SPEC §8, manual removals).
 */
@DurableEventHandler(GroupMembersAddedEvent, GroupMembersRemovedEvent)
export class SyncOnMembershipChangedHandler implements DurableEventHandler<GroupMembersAddedEvent | GroupMembersRemovedEvent> {
  constructor(private readonly sync: AssignmentSync) {}

  async handle({ organizationId, userIds }: GroupMembersAddedEvent | GroupMembersRemovedEvent): Promise<void> {
    await this.sync.recompute(organizationId, userIds);
  }
}
