import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page, TransactionRunner } from '@app/platform';
import { AuditEntryView, ListAuditEntriesQuery } from './list-audit.query';

interface Row {
  id: string;
  occurred_at: string;
  actor: string;
  kind: string;
  target_type: string | null;
  target_id: string | null;
  before: unknown;
  after: unknown;
  request_id: string | null;
  total: string;
}

@QueryHandler(ListAuditEntriesQuery)
export class ListAuditEntriesHandler implements IQueryHandler<ListAuditEntriesQuery, Page<AuditEntryView>> {
  constructor(private readonly db: TransactionRunner) {}

  async execute({ organizationId, filter, page, pageSize }: ListAuditEntriesQuery): Promise<Page<AuditEntryView>> {
    const conditions = ['organization_id = ?'];
    const params: unknown[] = [organizationId];
    if (filter.kind) {
      conditions.push(`(kind = ? or kind like ? || '.%')`);
      params.push(filter.kind, filter.kind.replace(/[\\%_]/g, (c) => `\\${c}`));
    }
    if (filter.actor) {
      conditions.push('actor = ?');
      params.push(filter.actor);
    }
    if (filter.from) {
      conditions.push('occurred_at >= ?');
      params.push(filter.from.toISOString());
    }
    if (filter.to) {
      conditions.push('occurred_at < ?');
      params.push(filter.to.toISOString());
    }
    const where = conditions.join(' and ');
    const [rows, [count]] = await Promise.all([
      this.db.query<Row>(`select * from audit.admin_action where ${where} order by occurred_at desc, id desc limit ? offset ?`, [...params, pageSize, (page - 1) * pageSize]),
      this.db.query<{ total: string }>(`select count(*) as total from audit.admin_action where ${where}`, params),
    ]);
    return { items: rows.map(toView), page, pageSize, total: Number(count.total) };
  }
}

function toView(row: Row): AuditEntryView {
  return {
    id: String(row.id),
    occurredAt: new Date(row.occurred_at),
    actor: row.actor,
    kind: row.kind,
    targetType: row.target_type,
    targetId: row.target_id,
    before: row.before,
    after: row.after,
    requestId: row.request_id,
  };
}
