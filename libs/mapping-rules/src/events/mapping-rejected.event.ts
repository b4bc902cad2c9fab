import { DurableEvent } from '@app/platform';
import type { MappingStatus, TargetType } from '../domain/mapping-types';

/** An admin rejected the mapping, or its group was deleted: its members lose what it gave them. */
@DurableEvent<MappingRejectedEvent>({ type: 'mapping-rules.mapping-rejected.v1', aggregateType: 'group-mapping', aggregateId: (e) => e.mappingId })
export class MappingRejectedEvent {
  constructor(
    readonly organizationId: string,
    readonly mappingId: string,
    readonly groupId: string,
    readonly targetType: TargetType,
    readonly entityId: string | null,
    readonly previousStatus: MappingStatus,
  ) {}
}
