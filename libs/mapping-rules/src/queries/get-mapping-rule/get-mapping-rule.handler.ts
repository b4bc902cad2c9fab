import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { isUuid, ReadSide } from '@app/platform';
import type { MappingRuleView } from '../../read-model/rule-view';
import { RULE_COLUMNS, RuleRow } from '../../rules/rule-row';
import { GetMappingRuleQuery } from './get-mapping-rule.query';

@QueryHandler(GetMappingRuleQuery)
export class GetMappingRuleHandler implements IQueryHandler<GetMappingRuleQuery, MappingRuleView | null> {
  constructor(private readonly reads: ReadSide) {}

  async execute({ organizationId, ruleId }: GetMappingRuleQuery): Promise<MappingRuleView | null> {
    if (!isUuid(ruleId)) return null;
    const [row] = await this.reads.rows<RuleRow>(`select ${RULE_COLUMNS} from mapping_rules.mapping_rule r where r.organization_id = ? and r.id = ?`, [organizationId, ruleId]);
    return row ? { ...row, createdAt: new Date(row.createdAt), updatedAt: new Date(row.updatedAt) } : null;
  }
}
