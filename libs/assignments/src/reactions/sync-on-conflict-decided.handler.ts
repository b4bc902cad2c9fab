import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { ConflictResolvedEvent } from '../events/conflict-resolved.event';
import { ScimAssignmentSync } from '../sync/scim-assignment-sync';

/**
 * An admin's decision applies through the user's next sync, delivered after the decision commits.
 * Conflicts that resolved themselves were settled by a sync already: nothing to redo.
 */
@EventsHandler(ConflictResolvedEvent)
export class SyncOnConflictDecidedHandler implements IEventHandler<ConflictResolvedEvent> {
  constructor(private readonly sync: ScimAssignmentSync) {}

  async handle({ organizationId, userId, resolution }: ConflictResolvedEvent): Promise<void> {
    if (resolution === 'auto') return;
    await this.sync.syncUsers(organizationId, [userId]);
  }
}
