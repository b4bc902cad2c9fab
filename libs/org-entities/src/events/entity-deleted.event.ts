import { DurableEvent } from '@app/platform';

@DurableEvent<EntityDeletedEvent>({ type: 'org-entities.entity-deleted.v1', aggregateType: 'entity', aggregateId: (e) => e.entityId })
export class EntityDeletedEvent {
  constructor(
    readonly organizationId: string,
    readonly entityId: string,
    readonly type: string,
    readonly name: string,
    /** Users who were assigned to it: their assignments fell back. */
    readonly userIds: string[],
  ) {}
}
