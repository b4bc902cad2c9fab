import type { ConflictView } from './conflict-types';

export const CONFLICT_COLUMNS = `c.id, c.user_id, c.type, c.slot, c.current_group_id, c.current_target_type, c.current_entity_id,
  c.incoming_group_id, c.incoming_target_type, c.incoming_entity_id, c.status, c.resolution, c.resolved_by, c.created_at, c.resolved_at`;

export function conflictViewFromRow(r: Record<string, any>): ConflictView {
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
