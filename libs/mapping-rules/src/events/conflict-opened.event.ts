import { DurableEvent } from '@app/platform';
import type { ConflictSide, ConflictSlot, ConflictType } from '../conflicts/conflict-types';

/** A user's groups disagree on an exclusive slot: the user keeps the current side until decided. */
@DurableEvent<ConflictOpenedEvent>({ type: 'mapping-rules.conflict-opened.v1', aggregateType: 'conflict', aggregateId: (e) => e.conflictId })
export class ConflictOpenedEvent {
  constructor(
    readonly organizationId: string,
    readonly conflictId: string,
    readonly userId: string,
    readonly type: ConflictType,
    readonly slot: ConflictSlot,
    readonly current: ConflictSide,
    readonly incoming: ConflictSide,
  ) {}
}
