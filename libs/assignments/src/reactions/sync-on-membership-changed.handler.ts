import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { GroupMembersAddedEvent, GroupMembersRemovedEvent } from '@app/scim-groups';
import { ScimAssignmentSync } from '../sync/scim-assignment-sync';

/**
 * Recomputes exactly the users whose membership changed. Not skipped for unmapped groups: any
 * change that touches a user re-applies their SCIM-derived assignments, which is what ends an
 * admin's manual removal (docs/assignments.md).
 */
@EventsHandler(GroupMembersAddedEvent, GroupMembersRemovedEvent)
export class SyncOnMembershipChangedHandler implements IEventHandler<GroupMembersAddedEvent | GroupMembersRemovedEvent> {
  constructor(private readonly sync: ScimAssignmentSync) {}

  async handle({ organizationId, userIds }: GroupMembersAddedEvent | GroupMembersRemovedEvent): Promise<void> {
    await this.sync.syncUsers(organizationId, userIds);
  }
}
