import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page, pageOf } from '@app/platform';
import { PlannedMapping, RuleApplicationPlanner } from '../../rules/rule-application-planner';
import { PreviewRuleApplicationQuery } from './preview-rule-application.query';

@QueryHandler(PreviewRuleApplicationQuery)
export class PreviewRuleApplicationHandler implements IQueryHandler<PreviewRuleApplicationQuery, Page<PlannedMapping>> {
  constructor(private readonly planner: RuleApplicationPlanner) {}

  async execute({ organizationId, page, pageSize }: PreviewRuleApplicationQuery): Promise<Page<PlannedMapping>> {
    // Planned as a whole (one entity can be claimed once), then paged.
    const planned = await this.planner.preview(organizationId);
    return pageOf(planned, page, pageSize);
  }
}
