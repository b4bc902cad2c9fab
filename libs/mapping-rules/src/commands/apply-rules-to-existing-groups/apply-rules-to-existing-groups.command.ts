import { Command } from '@nestjs/cqrs';

export interface RulesApplied {
  /** Unmapped groups a rule matched, each of which now has a mapping. */
  groupsMapped: number;
  autoApproved: number;
  pending: number;
}

/**
 * The admin's explicit "apply rules to existing groups": every live group without any mapping is
 * evaluated by the rules, as if it had just been pushed. Mappings an admin made are never touched
 * (those groups are not unmapped). Running it again finds nothing left to map.
 */
export class ApplyRulesToExistingGroupsCommand extends Command<RulesApplied> {
  constructor(readonly organizationId: string) {
    super();
  }
}
