import { Query } from '@nestjs/cqrs';
import type { MappingRuleView } from '../../read-model/rule-view';

/** Null when the rule does not exist in this organization. */
export class GetMappingRuleQuery extends Query<MappingRuleView | null> {
  constructor(
    readonly organizationId: string,
    readonly ruleId: string,
  ) {
    super();
  }
}
