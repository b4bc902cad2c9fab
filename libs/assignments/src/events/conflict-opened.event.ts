import { DurableEvent } from '@app/platform';
import type { ConflictSide, ExclusiveSlot, ConflictType } from '../conflicts/conflict-types';

/** A user's groups disagree on an exclusive slot: the user keeps the current side until decided. */
// The wire name predates the assignments module: stored events keep their type.
@DurableEvent<ConflictOpenedEvent>({ type: 'mapping-rules.conflict-opened.v1', aggregateType: 'conflict', aggregateId: (e) => e.conflictId })
export class ConflictOpenedEvent {
  constructor(
    readonly organizationId: string,
    readonly conflictId: string,
    readonly userId: string,
    readonly type: ConflictType,
    readonly slot: ExclusiveSlot,
    readonly current: ConflictSide,
    readonly incoming: ConflictSide,
  ) {}
}
