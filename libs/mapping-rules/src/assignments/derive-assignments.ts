import type { ScimAssignment, ScimExclusiveTarget } from '@app/org-entities';
import type { TargetType } from '../domain/mapping-types';

/** One syncing mapping reaching one user through one of their live groups. */
export interface UserTargetRow {
  userId: string;
  groupId: string;
  targetType: TargetType;
  entityId: string;
}

/** org-entities' own shape: what it replaces the user's SCIM-derived assignments with. */
export type DesiredAssignment = ScimAssignment;

export type ExclusiveSlot = 'concurrency_group' | 'sub_organization';

export interface ConflictCandidate {
  groupId: string;
  entityId: string;
}

/** Two or more groups of the user point one exclusive slot at different entities. */
export interface DetectedConflict {
  userId: string;
  slot: ExclusiveSlot;
  candidates: ConflictCandidate[];
}

/**
 * SPEC §8: a user's SCIM-derived assignments are the targets of the syncing mappings of their live
 * groups. Teams add up; an exclusive slot with several distinct candidates is a conflict that is
 * never decided here by picking one: the slot is left unchanged and the conflict reported.
 */
export function deriveAssignments(userIds: readonly string[], rows: readonly UserTargetRow[]): { assignments: DesiredAssignment[]; conflicts: DetectedConflict[] } {
  const rowsByUser = new Map<string, UserTargetRow[]>();
  for (const row of rows) {
    const list = rowsByUser.get(row.userId) ?? [];
    list.push(row);
    rowsByUser.set(row.userId, list);
  }
  const assignments: DesiredAssignment[] = [];
  const conflicts: DetectedConflict[] = [];
  for (const userId of new Set(userIds)) {
    const userRows = rowsByUser.get(userId) ?? [];
    const teamIds = [...new Set(userRows.filter((r) => r.targetType === 'team').map((r) => r.entityId))].sort();
    const exclusive = (slot: ExclusiveSlot): ScimExclusiveTarget => {
      const candidates = userRows.filter((r) => r.targetType === slot);
      const distinct = [...new Set(candidates.map((r) => r.entityId))];
      if (distinct.length <= 1) return { entityId: distinct[0] ?? null };
      conflicts.push({
        userId,
        slot,
        candidates: candidates
          .map(({ groupId, entityId }) => ({ groupId, entityId }))
          .sort((a, b) => a.groupId.localeCompare(b.groupId) || a.entityId.localeCompare(b.entityId)),
      });
      return 'unchanged';
    };
    assignments.push({ userId, teamIds, concurrencyGroup: exclusive('concurrency_group'), subOrganization: exclusive('sub_organization') });
  }
  return { assignments, conflicts };
}
