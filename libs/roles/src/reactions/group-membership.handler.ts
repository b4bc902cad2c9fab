import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { GroupMembersAddedEvent, GroupMembersRemovedEvent } from '@app/scim-groups';
import { RoleRecomputer } from '../domain/role-recomputer';

/** Only the users who joined or left can change role; their other groups are taken into account by the recompute. */
@EventsHandler(GroupMembersAddedEvent, GroupMembersRemovedEvent)
export class GroupMembershipHandler implements IEventHandler<GroupMembersAddedEvent | GroupMembersRemovedEvent> {
  constructor(private readonly recomputer: RoleRecomputer) {}

  async handle({ organizationId, userIds }: GroupMembersAddedEvent | GroupMembersRemovedEvent): Promise<void> {
    await this.recomputer.recomputeUsers(organizationId, userIds);
  }
}
