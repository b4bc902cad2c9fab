import type { ConflictResolution, ConflictSide, ConflictStatus, ConflictType, ConflictView, ExclusiveSlot } from './conflict-types';

export const CONFLICT_COLUMNS = `c.id, c.user_id, c.type, c.slot, c.current_group_id, c.current_target_type, c.current_entity_id,
  c.incoming_group_id, c.incoming_target_type, c.incoming_entity_id, c.status, c.resolution, c.resolved_by, c.created_at, c.resolved_at`;

/** A row of `assignments.conflict` as CONFLICT_COLUMNS selects it. */
export interface ConflictRow {
  id: string;
  user_id: string;
  type: ConflictType;
  slot: ExclusiveSlot;
  current_group_id: string;
  current_target_type: ConflictSide['targetType'];
  current_entity_id: string;
  incoming_group_id: string;
  incoming_target_type: ConflictSide['targetType'];
  incoming_entity_id: string;
  status: ConflictStatus;
  resolution: ConflictResolution | null;
  resolved_by: string | null;
  created_at: Date | string;
  resolved_at: Date | string | null;
}

export function conflictViewFromRow(r: ConflictRow): ConflictView {
  return {
    id: r.id,
    userId: r.user_id,
    type: r.type,
    slot: r.slot,
    current: { groupId: r.current_group_id, targetType: r.current_target_type, entityId: r.current_entity_id },
    incoming: { groupId: r.incoming_group_id, targetType: r.incoming_target_type, entityId: r.incoming_entity_id },
    status: r.status,
    resolution: r.resolution ?? null,
    resolvedBy: r.resolved_by ?? null,
    createdAt: new Date(r.created_at),
    resolvedAt: r.resolved_at ? new Date(r.resolved_at) : null,
  };
}
