import { Command } from '@nestjs/cqrs';
import type { MappingRuleView } from '../../read-model/rule-view';

/** Every rule id of the org, highest priority first; priorities are reassigned in that order. */
export class ReorderMappingRulesCommand extends Command<MappingRuleView[]> {
  constructor(
    readonly organizationId: string,
    readonly ruleIds: readonly string[],
  ) {
    super();
  }
}
