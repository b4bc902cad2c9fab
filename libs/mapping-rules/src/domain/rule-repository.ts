import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid } from '@app/platform';
import { MappingRule } from './mapping-rule.entity';
import { MappingRuleNotFoundError } from './mapping-errors';

export async function findRule(em: EntityManager, organizationId: string, id: string): Promise<MappingRule> {
  const rule = isUuid(id) ? await em.findOne(MappingRule, { id, organizationId }) : null;
  if (!rule) throw new MappingRuleNotFoundError(`Mapping rule ${id} not found`);
  return rule;
}
