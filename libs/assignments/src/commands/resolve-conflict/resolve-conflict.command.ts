import { Command } from '@nestjs/cqrs';
import type { AdminResolution, ConflictView } from '../../conflicts/conflict-types';

/**
 * An admin decides an open conflict. The decision applies as soon as it commits (the user's sync
 * reacts to ConflictResolvedEvent) and is remembered for that combination (user, both groups, both
 * targets) until the combination changes.
 */
export class ResolveConflictCommand extends Command<ConflictView> {
  constructor(
    readonly organizationId: string,
    readonly conflictId: string,
    readonly resolution: AdminResolution,
    readonly adminSubject: string,
  ) {
    super();
  }
}
