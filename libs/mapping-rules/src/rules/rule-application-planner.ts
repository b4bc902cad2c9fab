import { Injectable } from '@nestjs/common';
import { ReadSide } from '@app/platform';
import { CREATABLE_TARGET_TYPES, TargetType } from '../domain/mapping-types';
import { findWinningRule } from '../domain/rule-matcher';
import { EntityDirectory } from '../ports/entity-directory';
import { GroupDirectory } from '../ports/group-directory';
import { listRules, RuleRow } from './rule-row';

export interface UnmappedGroupMatch {
  group: { id: string; displayName: string };
  rule: RuleRow;
}

export interface PlannedMapping {
  groupId: string;
  groupName: string;
  rule: { id: string; name: string; priority: number };
  targetType: TargetType;
  /** The entity the mapping would point at: an existing one, one to create by the group's name, or none yet (Pending). */
  target: { entityId: string | null; name: string | null; create: boolean };
  status: 'auto_approved' | 'pending';
  /** Why a mapping of an auto-approving rule would stay Pending. */
  reason: string | null;
}

/**
 * "Apply rules to existing groups": the live groups without any mapping (pushed before a rule
 * existed) that a rule matches, and what the rule engine would make of each. The preview answers
 * it without changing anything; the apply action runs the engine on the same groups.
 */
@Injectable()
export class RuleApplicationPlanner {
  constructor(
    private readonly reads: ReadSide,
    private readonly groups: GroupDirectory,
    private readonly entities: EntityDirectory,
  ) {}

  async unmappedMatches(organizationId: string): Promise<UnmappedGroupMatch[]> {
    const rules = await listRules(this.reads, organizationId);
    if (!rules.some((rule) => rule.enabled)) return [];
    const mapped = new Set(
      (await this.reads.rows<{ group_id: string }>(`select distinct group_id from mapping_rules.group_mapping where organization_id = ?`, [organizationId])).map((r) => r.group_id),
    );
    const matches: UnmappedGroupMatch[] = [];
    for (const group of await this.groups.liveGroups(organizationId)) {
      if (mapped.has(group.id)) continue;
      const rule = findWinningRule(rules, group.displayName);
      if (rule) matches.push({ group, rule });
    }
    return matches;
  }

  async preview(organizationId: string): Promise<PlannedMapping[]> {
    const matches = await this.unmappedMatches(organizationId);
    const taken = new Set(
      (
        await this.reads.rows<{ entity_id: string }>(
          `select entity_id from mapping_rules.group_mapping where organization_id = ? and status <> 'rejected' and entity_id is not null`,
          [organizationId],
        )
      ).map((r) => r.entity_id),
    );
    const planned: PlannedMapping[] = [];
    for (const { group, rule } of matches) planned.push(await this.plan(organizationId, group, rule, taken));
    return planned;
  }

  /** Mirrors the engine: an auto-approving rule finds the entity by name or creates it (never a Sub-Organization). */
  private async plan(organizationId: string, group: UnmappedGroupMatch['group'], rule: RuleRow, taken: Set<string>): Promise<PlannedMapping> {
    const base = { groupId: group.id, groupName: group.displayName, rule: { id: rule.id, name: rule.name, priority: rule.priority }, targetType: rule.targetType };
    const name = group.displayName.trim();
    if (!rule.autoApprove) return { ...base, target: { entityId: null, name: null, create: false }, status: 'pending', reason: 'The rule does not auto-approve' };
    const existing = await this.entities.findByName(organizationId, rule.targetType, name);
    if (existing) {
      const target = { entityId: existing.id, name: existing.name, create: false };
      if (taken.has(existing.id)) return { ...base, target, status: 'pending', reason: `${existing.name} is already the target of another group's mapping` };
      taken.add(existing.id);
      return { ...base, target, status: 'auto_approved', reason: null };
    }
    if (!CREATABLE_TARGET_TYPES.includes(rule.targetType)) {
      return { ...base, target: { entityId: null, name: null, create: false }, status: 'pending', reason: 'A Sub-Organization is never created automatically' };
    }
    return { ...base, target: { entityId: null, name, create: true }, status: 'auto_approved', reason: null };
  }
}
