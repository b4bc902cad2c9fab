import { DurableEvent } from '@app/platform';

@DurableEvent<EntityRenamedEvent>({ type: 'org-entities.entity-renamed.v1', aggregateType: 'entity', aggregateId: (e) => e.entityId })
export class EntityRenamedEvent {
  constructor(
    readonly organizationId: string,
    readonly entityId: string,
    readonly type: string,
    readonly previousName: string,
    readonly name: string,
  ) {}
}
