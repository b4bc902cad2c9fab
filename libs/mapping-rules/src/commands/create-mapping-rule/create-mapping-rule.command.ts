import { Command } from '@nestjs/cqrs';
import type { RuleType, TargetType } from '../../domain/mapping-types';
import type { MappingRuleView } from '../../read-model/rule-view';

export interface MappingRuleInput {
  name: string;
  type: RuleType;
  pattern?: string | null;
  targetType: TargetType;
  autoApprove?: boolean;
  priority?: number;
  enabled?: boolean;
}

/** A new rule; it applies to groups created, restored or renamed from now on. */
export class CreateMappingRuleCommand extends Command<MappingRuleView> {
  constructor(
    readonly organizationId: string,
    readonly rule: MappingRuleInput,
  ) {
    super();
  }
}
