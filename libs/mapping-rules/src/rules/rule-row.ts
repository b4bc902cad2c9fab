import type { ReadSide } from '@app/platform';
import type { RuleType, TargetType } from '../domain/mapping-types';

export interface RuleRow {
  id: string;
  name: string;
  type: RuleType;
  pattern: string | null;
  targetType: TargetType;
  autoApprove: boolean;
  priority: number;
  enabled: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export const RULE_COLUMNS = `r.id, r.name, r.type, r.pattern, r.target_type as "targetType", r.auto_approve as "autoApprove",
  r.priority, r.enabled, r.created_at as "createdAt", r.updated_at as "updatedAt"`;

/** Highest priority first; ties by age so the order is stable. */
export async function listRules(db: ReadSide, organizationId: string): Promise<RuleRow[]> {
  const rows = await db.rows<RuleRow>(
    `select ${RULE_COLUMNS} from mapping_rules.mapping_rule r where r.organization_id = ? order by r.priority desc, r.created_at, r.id`,
    [organizationId],
  );
  return rows.map((row) => ({ ...row, createdAt: new Date(row.createdAt), updatedAt: new Date(row.updatedAt) }));
}
