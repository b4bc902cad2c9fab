import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { QueryBus } from '@nestjs/cqrs';
import { isSyncing, MappingApprovedEvent, MappingRejectedEvent, MappingRevertedEvent } from '@app/mapping-rules';
import { GetGroupMemberIdsQuery } from '@app/scim-groups';
import { ScimAssignmentSync } from '../sync/scim-assignment-sync';

type MappingChange = MappingApprovedEvent | MappingRejectedEvent | MappingRevertedEvent;

/** A mapping started, stopped or changed syncing: every member of its group is recomputed, set-based. */
@EventsHandler(MappingApprovedEvent, MappingRejectedEvent, MappingRevertedEvent)
export class SyncOnMappingChangedHandler implements IEventHandler<MappingChange> {
  constructor(
    private readonly sync: ScimAssignmentSync,
    private readonly queries: QueryBus,
  ) {}

  async handle(event: MappingChange): Promise<void> {
    // A Pending mapping rejected or flagged never gave anyone anything.
    if (!(event instanceof MappingApprovedEvent) && !isSyncing(event.previousStatus)) return;
    const memberIds = await this.queries.execute(new GetGroupMemberIdsQuery(event.organizationId, event.groupId));
    await this.sync.syncUsers(event.organizationId, memberIds);
  }
}
