import { DurableEvent } from '@app/platform';
import type { MappingStatus, TargetType } from '../domain/mapping-types';

/** Back to Pending: the target was deleted, or the group was renamed so that another rule matches. */
@DurableEvent<MappingRevertedEvent>({ type: 'mapping-rules.mapping-reverted.v1', aggregateType: 'group-mapping', aggregateId: (e) => e.mappingId })
export class MappingRevertedEvent {
  constructor(
    readonly organizationId: string,
    readonly mappingId: string,
    readonly groupId: string,
    readonly targetType: TargetType,
    readonly entityId: string | null,
    readonly previousStatus: MappingStatus,
  ) {}
}
