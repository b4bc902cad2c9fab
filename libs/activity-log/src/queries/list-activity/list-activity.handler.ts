import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadSide } from '@app/platform';
import { ActivityPage, ActivityView, ListActivityQuery } from './list-activity.query';

interface Row {
  id: string;
  occurred_at: string;
  method: string;
  path: string;
  resource_type: string | null;
  resource_id: string | null;
  status: number;
  scim_type: string | null;
  scim_detail: string | null;
  target: string | null;
  duration_ms: number;
  request_id: string;
  token_id: string | null;
  user_agent: string | null;
}

@QueryHandler(ListActivityQuery)
export class ListActivityHandler implements IQueryHandler<ListActivityQuery, ActivityPage> {
  constructor(private readonly reads: ReadSide) {}

  async execute({ organizationId, filter, page, pageSize }: ListActivityQuery): Promise<ActivityPage> {
    const conditions = ['organization_id = ?'];
    const params: unknown[] = [organizationId];
    const add = (sql: string, value: unknown) => {
      conditions.push(sql);
      params.push(value);
    };
    if (filter.method) add('method = upper(?)', filter.method);
    if (filter.resourceType) add('lower(resource_type) = lower(?)', filter.resourceType);
    if (filter.resourceId) add('resource_id = ?', filter.resourceId);
    if (filter.target) add('lower(target) = lower(?)', filter.target);
    if (filter.status) add('status = ?', filter.status);
    if (filter.outcome) conditions.push(filter.outcome === 'success' ? 'status < 400' : 'status >= 400');
    if (filter.from) add('occurred_at >= ?', filter.from.toISOString());
    if (filter.to) add('occurred_at < ?', filter.to.toISOString());
    const { rows, total } = await this.reads.page<Row>({
      columns: '*',
      from: 'activity_log.scim_request',
      where: conditions.join(' and '),
      orderBy: 'occurred_at desc, id desc',
      params,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    return { items: rows.map(toView), page, pageSize, total };
  }
}

function toView(row: Row): ActivityView {
  return {
    id: String(row.id),
    occurredAt: new Date(row.occurred_at),
    method: row.method,
    path: row.path,
    resourceType: row.resource_type,
    resourceId: row.resource_id,
    status: row.status,
    outcome: row.status < 400 ? 'success' : 'failure',
    scimType: row.scim_type,
    scimDetail: row.scim_detail,
    target: row.target,
    durationMs: row.duration_ms,
    requestId: row.request_id,
    tokenId: row.token_id,
    userAgent: row.user_agent,
  };
}
