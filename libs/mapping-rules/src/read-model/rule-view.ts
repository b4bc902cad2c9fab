import type { MappingRule } from '../domain/mapping-rule.entity';
import type { RuleRow } from '../rules/rule-row';

export type MappingRuleView = RuleRow;

export function ruleViewFromEntity(r: MappingRule): MappingRuleView {
  return {
    id: r.id,
    name: r.name,
    type: r.type,
    pattern: r.pattern,
    targetType: r.targetType,
    autoApprove: r.autoApprove,
    priority: r.priority,
    enabled: r.enabled,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}
