import { EventsHandler, IEventHandler, QueryBus } from '@nestjs/cqrs';
import { GetGroupMemberIdsQuery, GroupDeletedEvent, GroupRestoredEvent, GroupRolesChangedEvent } from '@app/scim-groups';
import { RoleRecomputer } from '../domain/role-recomputer';

type GroupRoleSourceEvent = GroupRolesChangedEvent | GroupDeletedEvent | GroupRestoredEvent;

/**
 * What the group gives changed for all its members at once. Member ids still answer for a deleted
 * group, which is what lets its former members be recomputed without it.
 */
@EventsHandler(GroupRolesChangedEvent, GroupDeletedEvent, GroupRestoredEvent)
export class GroupRolesHandler implements IEventHandler<GroupRoleSourceEvent> {
  constructor(
    private readonly recomputer: RoleRecomputer,
    private readonly queries: QueryBus,
  ) {}

  async handle({ organizationId, groupId }: GroupRoleSourceEvent): Promise<void> {
    const memberIds = await this.queries.execute(new GetGroupMemberIdsQuery(organizationId, groupId));
    await this.recomputer.recomputeUsers(organizationId, memberIds);
  }
}
