import { Command } from '@nestjs/cqrs';
import type { MappingRuleInput } from '../create-mapping-rule/create-mapping-rule.command';
import type { MappingRuleView } from '../../read-model/rule-view';

/** Partial update; the pattern is validated against the resulting type. Existing mappings stay as they are. */
export class UpdateMappingRuleCommand extends Command<MappingRuleView> {
  constructor(
    readonly organizationId: string,
    readonly ruleId: string,
    readonly changes: Partial<MappingRuleInput>,
  ) {
    super();
  }
}
