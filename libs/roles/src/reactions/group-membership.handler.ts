import { DurableEventHandler } from '@app/platform';
import { GroupMembersAddedEvent, GroupMembersRemovedEvent } from '@app/scim-groups';
import { RoleRecomputer } from '../domain/role-recomputer';

/** Only the users who joined or left can change role; their other groups are taken into account by the recompute. */
@DurableEventHandler(GroupMembersAddedEvent, GroupMembersRemovedEvent)
export class GroupMembershipHandler implements DurableEventHandler<GroupMembersAddedEvent | GroupMembersRemovedEvent> {
  constructor(private readonly recomputer: RoleRecomputer) {}

  async handle({ organizationId, userIds }: GroupMembersAddedEvent | GroupMembersRemovedEvent): Promise<void> {
    await this.recomputer.recomputeUsers(organizationId, userIds);
  }
}
