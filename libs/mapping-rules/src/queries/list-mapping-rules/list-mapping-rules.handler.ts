import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadSide } from '@app/platform';
import type { MappingRuleView } from '../../read-model/rule-view';
import { listRules } from '../../rules/rule-row';
import { ListMappingRulesQuery } from './list-mapping-rules.query';

@QueryHandler(ListMappingRulesQuery)
export class ListMappingRulesHandler implements IQueryHandler<ListMappingRulesQuery, MappingRuleView[]> {
  constructor(private readonly reads: ReadSide) {}

  execute({ organizationId }: ListMappingRulesQuery): Promise<MappingRuleView[]> {
    return listRules(this.reads, organizationId);
  }
}
