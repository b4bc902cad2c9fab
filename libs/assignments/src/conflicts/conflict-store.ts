import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { executeBound, pgArray, Transaction } from '@app/platform';
import { ConflictOpenedEvent } from '../events/conflict-opened.event';
import { ConflictResolvedEvent } from '../events/conflict-resolved.event';
import { ConflictOutcome, decisionKey, OpenConflict, RememberedDecision } from './arbitrate-conflicts';
import type { ExclusiveSlot } from './conflict-types';
import type { ConflictRow } from './conflict-view';

interface DecisionRow {
  user_id: string;
  slot: ExclusiveSlot;
  side_a_group_id: string;
  side_a_entity_id: string;
  side_b_group_id: string;
  side_b_entity_id: string;
  winner_group_id: string;
  winner_entity_id: string;
}

export const toOpenConflict = (r: ConflictRow): OpenConflict => ({
  id: r.id,
  slot: r.slot,
  type: r.type,
  current: { groupId: r.current_group_id, targetType: r.current_target_type, entityId: r.current_entity_id },
  incoming: { groupId: r.incoming_group_id, targetType: r.incoming_target_type, entityId: r.incoming_entity_id },
});

/** The conflict and decision tables, read and written inside the recompute's transaction. */
export const conflictStore = {
  async openByUser(em: EntityManager, organizationId: string, userIds: string[]): Promise<Map<string, OpenConflict[]>> {
    const rows = await executeBound<ConflictRow>(
      em,
      `select * from assignments.conflict where organization_id = ? and status = 'open' and user_id = any(?::uuid[])`,
      [organizationId, pgArray(userIds)],
    );
    const byUser = new Map<string, OpenConflict[]>();
    for (const row of rows) byUser.set(row.user_id, [...(byUser.get(row.user_id) ?? []), toOpenConflict(row)]);
    return byUser;
  },

  async decisionsByUser(em: EntityManager, organizationId: string, userIds: string[]): Promise<Map<string, Map<string, RememberedDecision>>> {
    const rows = await executeBound<DecisionRow>(
      em,
      `select * from assignments.conflict_decision where organization_id = ? and user_id = any(?::uuid[])`,
      [organizationId, pgArray(userIds)],
    );
    const byUser = new Map<string, Map<string, RememberedDecision>>();
    for (const r of rows) {
      const a = { groupId: r.side_a_group_id, entityId: r.side_a_entity_id };
      const b = { groupId: r.side_b_group_id, entityId: r.side_b_entity_id };
      const decisions = byUser.get(r.user_id) ?? new Map<string, RememberedDecision>();
      decisions.set(decisionKey(r.slot, a, b), { slot: r.slot, winner: { groupId: r.winner_group_id, entityId: r.winner_entity_id } });
      byUser.set(r.user_id, decisions);
    }
    return byUser;
  },

  /**
   * Brings the open conflicts of one user in line with the outcomes just derived: an open conflict
   * whose situation is gone (or settled by a remembered decision) resolves itself; a new situation
   * opens one. An unchanged situation keeps its row, so repeated pushes never duplicate it.
   */
  async settle(tx: Transaction, organizationId: string, userId: string, outcomes: ConflictOutcome[], open: OpenConflict[], liveGroupIds: ReadonlySet<string>): Promise<void> {
    const kept = new Set(outcomes.flatMap((o) => (o.kind === 'open' && o.existing ? [o.existing.id] : [])));
    for (const conflict of open.filter((c) => !kept.has(c.id))) {
      const reason = autoReason(conflict, outcomes, liveGroupIds);
      await executeBound(
        tx.em,
        `update assignments.conflict set status = 'resolved', resolution = 'auto', resolved_by = ?, resolved_at = now() where id = ? and status = 'open'`,
        [reason, conflict.id],
      );
      tx.raise(new ConflictResolvedEvent(organizationId, conflict.id, userId, 'auto', reason));
    }
    for (const outcome of outcomes) {
      if (outcome.kind !== 'open' || outcome.existing) continue;
      const id = randomUUID();
      const { current: c, incoming: i, situation } = outcome;
      await executeBound(
        tx.em,
        `insert into assignments.conflict (id, organization_id, user_id, type, slot, current_group_id, current_target_type, current_entity_id,
           incoming_group_id, incoming_target_type, incoming_entity_id, status)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open')`,
        [id, organizationId, userId, situation.type, situation.slot, c.groupId, c.targetType, c.entityId, i.groupId, i.targetType, i.entityId],
      );
      tx.raise(new ConflictOpenedEvent(organizationId, id, userId, situation.type, situation.slot, c, i));
    }
  },
};

function autoReason(conflict: OpenConflict, outcomes: ConflictOutcome[], liveGroupIds: ReadonlySet<string>): string {
  if (![conflict.current.groupId, conflict.incoming.groupId].every((g) => liveGroupIds.has(g))) return 'auto:group_left';
  const sameSlot = outcomes.find((o) => o.situation.slot === conflict.slot);
  if (!sameSlot) return 'auto:mapping_stopped';
  return sameSlot.kind === 'decided' ? 'auto:decision_remembered' : 'auto:combination_changed';
}
