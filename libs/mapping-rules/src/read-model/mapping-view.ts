import type { ReadSide } from '@app/platform';
import type { GroupMapping } from '../domain/group-mapping.entity';
import type { MappingCreator, MappingStatus, TargetType } from '../domain/mapping-types';

/** A mapping as the admin API and other modules see it. */
export interface MappingView {
  id: string;
  groupId: string;
  targetType: TargetType;
  entityId: string | null;
  status: MappingStatus;
  targetDeleted: boolean;
  pendingReason: string | null;
  ruleId: string | null;
  createdBy: MappingCreator;
  createdAt: Date;
  updatedAt: Date;
}

export const MAPPING_COLUMNS = `m.id, m.group_id as "groupId", m.target_type as "targetType", m.entity_id as "entityId", m.status,
  m.target_deleted as "targetDeleted", m.pending_reason as "pendingReason", m.rule_id as "ruleId", m.created_by as "createdBy", m.created_at as "createdAt", m.updated_at as "updatedAt"`;

export function mappingViewFromRow(row: MappingView): MappingView {
  return { ...row, createdAt: new Date(row.createdAt), updatedAt: new Date(row.updatedAt) };
}

export function mappingViewFromEntity(m: GroupMapping): MappingView {
  return {
    id: m.id,
    groupId: m.groupId,
    targetType: m.targetType,
    entityId: m.entityId,
    status: m.status,
    targetDeleted: m.targetDeleted,
    pendingReason: m.pendingReason,
    ruleId: m.ruleId,
    createdBy: m.createdBy,
    createdAt: m.createdAt,
    updatedAt: m.updatedAt,
  };
}

export async function listMappingsOfGroup(db: ReadSide, organizationId: string, groupId: string): Promise<MappingView[]> {
  const rows = await db.rows<MappingView>(
    `select ${MAPPING_COLUMNS} from mapping_rules.group_mapping m where m.organization_id = ? and m.group_id = ? order by m.created_at, m.id`,
    [organizationId, groupId],
  );
  return rows.map(mappingViewFromRow);
}
