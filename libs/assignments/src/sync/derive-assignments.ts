import type { ScimAssignment, ScimExclusiveTarget } from '@app/org-entities';
import type { TargetType } from '@app/mapping-rules';
import type { ExclusiveSlot } from '../conflicts/conflict-types';

/** One syncing mapping reaching one user through one of their live groups. */
export interface UserTargetRow {
  userId: string;
  groupId: string;
  targetType: TargetType;
  entityId: string;
}

/**
 * A user's SCIM-derived assignments are the targets of the syncing mappings of their live groups
 * (docs/assignments.md). Teams add up; an exclusive slot with several distinct candidates left after
 * arbitration is never decided here by picking one: the slot is left unchanged.
 */
export function deriveAssignments(userIds: readonly string[], rows: readonly UserTargetRow[]): ScimAssignment[] {
  const rowsByUser = new Map<string, UserTargetRow[]>();
  for (const row of rows) {
    const list = rowsByUser.get(row.userId) ?? [];
    list.push(row);
    rowsByUser.set(row.userId, list);
  }
  const assignments: ScimAssignment[] = [];
  for (const userId of new Set(userIds)) {
    const userRows = rowsByUser.get(userId) ?? [];
    const teamIds = [...new Set(userRows.filter((r) => r.targetType === 'team').map((r) => r.entityId))].sort();
    const exclusive = (slot: ExclusiveSlot): ScimExclusiveTarget => {
      const distinct = [...new Set(userRows.filter((r) => r.targetType === slot).map((r) => r.entityId))];
      return distinct.length <= 1 ? { entityId: distinct[0] ?? null } : 'unchanged';
    };
    assignments.push({ userId, teamIds, concurrencyGroup: exclusive('concurrency_group'), subOrganization: exclusive('sub_organization') });
  }
  return assignments;
}
