import { randomUUID } from 'node:crypto';
import { DurableEvent } from '@app/platform';

/**
 * A group was renamed but a Team or Concurrency Group mapped from it kept its name (another entity
 * holds the name, or it was deleted meanwhile). Retrying would not help; the admin must see it.
 */
@DurableEvent<EntityRenameSkippedEvent>({ type: 'mapping-rules.entity-rename-skipped.v1', aggregateType: 'group', aggregateId: (e) => e.groupId })
export class EntityRenameSkippedEvent {
  constructor(
    readonly organizationId: string,
    readonly groupId: string,
    readonly targetType: string,
    readonly entityId: string,
    readonly entityName: string | null,
    readonly wantedName: string,
    readonly reason: string,
    /** One per skipped rename: a redelivery of this event is recognised as the same occurrence. */
    readonly occurrenceId: string = randomUUID(),
  ) {}
}
