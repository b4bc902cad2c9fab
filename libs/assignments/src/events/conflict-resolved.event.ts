import { DurableEvent } from '@app/platform';
import type { ConflictResolution } from '../conflicts/conflict-types';

/** Decided by an admin, or settled by itself when one side went away (resolution `auto`). */
// The wire name predates the assignments module: stored events keep their type.
@DurableEvent<ConflictResolvedEvent>({ type: 'mapping-rules.conflict-resolved.v1', aggregateType: 'conflict', aggregateId: (e) => e.conflictId })
export class ConflictResolvedEvent {
  constructor(
    readonly organizationId: string,
    readonly conflictId: string,
    readonly userId: string,
    readonly resolution: ConflictResolution,
    readonly resolvedBy: string,
  ) {}
}
