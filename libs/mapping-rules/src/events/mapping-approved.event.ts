import { DurableEvent } from '@app/platform';
import type { MappingStatus, TargetType } from '../domain/mapping-types';

/** An admin approved a Pending mapping, a rule auto-approved one, or an admin re-targeted a syncing one: its group's members now get entityId. */
@DurableEvent<MappingApprovedEvent>({ type: 'mapping-rules.mapping-approved.v1', aggregateType: 'group-mapping', aggregateId: (e) => e.mappingId })
export class MappingApprovedEvent {
  constructor(
    readonly organizationId: string,
    readonly mappingId: string,
    readonly groupId: string,
    readonly targetType: TargetType,
    readonly entityId: string | null,
    readonly previousStatus: MappingStatus,
  ) {}
}
