import { Query } from '@nestjs/cqrs';
import type { MappingRuleView } from '../../read-model/rule-view';

/** Highest priority first: the order in which rules are tried. */
export class ListMappingRulesQuery extends Query<MappingRuleView[]> {
  constructor(readonly organizationId: string) {
    super();
  }
}
