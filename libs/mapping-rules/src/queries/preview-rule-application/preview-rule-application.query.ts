import { Query } from '@nestjs/cqrs';
import type { Page } from '@app/platform';
import type { PlannedMapping } from '../../rules/rule-application-planner';

export type { PlannedMapping };

/** What "apply rules to existing groups" would do, changing nothing: one item per unmapped group a rule matches. */
export class PreviewRuleApplicationQuery extends Query<Page<PlannedMapping>> {
  constructor(
    readonly organizationId: string,
    readonly page: number,
    readonly pageSize: number,
  ) {
    super();
  }
}
