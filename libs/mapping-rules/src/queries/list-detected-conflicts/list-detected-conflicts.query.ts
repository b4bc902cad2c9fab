import { Query } from '@nestjs/cqrs';
import type { ConflictCandidate, ExclusiveSlot } from '../../assignments/derive-assignments';

export interface DetectedConflictView {
  userId: string;
  slot: ExclusiveSlot;
  /** Each group of the user that points the slot at an entity; two or more distinct entities. */
  candidates: ConflictCandidate[];
  detectedAt: Date;
}

/**
 * Exclusive slots that several of a user's groups point at different entities. Derived with the
 * assignments (the user's slot is left unchanged meanwhile); the conflicts feature decides them.
 */
export class ListDetectedConflictsQuery extends Query<DetectedConflictView[]> {
  constructor(readonly organizationId: string) {
    super();
  }
}
