import { Command } from '@nestjs/cqrs';

/** Mappings the rule made stay; a later rename re-evaluates them against the remaining rules. */
export class DeleteMappingRuleCommand extends Command<void> {
  constructor(
    readonly organizationId: string,
    readonly ruleId: string,
  ) {
    super();
  }
}
