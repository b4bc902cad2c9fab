import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@app/platform';
import type { ConflictView } from '../../conflicts/conflict-types';
import { CONFLICT_COLUMNS, ConflictRow, conflictViewFromRow } from '../../conflicts/conflict-view';
import { ConflictPage, GetConflictQuery, ListConflictsQuery } from './list-conflicts.query';

@QueryHandler(ListConflictsQuery)
export class ListConflictsHandler implements IQueryHandler<ListConflictsQuery, ConflictPage> {
  constructor(private readonly db: TransactionRunner) {}

  async execute({ organizationId, filter }: ListConflictsQuery): Promise<ConflictPage> {
    const where = ['c.organization_id = ?'];
    const params: unknown[] = [organizationId];
    for (const [column, value] of [['c.status', filter.status], ['c.type', filter.type], ['c.user_id', filter.userId]] as const) {
      if (value === undefined) continue;
      where.push(`${column} = ?`);
      params.push(value);
    }
    if (filter.groupId !== undefined) {
      where.push('(c.current_group_id = ? or c.incoming_group_id = ?)');
      params.push(filter.groupId, filter.groupId);
    }
    const rows = await this.db.query<ConflictRow & { total: string }>(
      `select ${CONFLICT_COLUMNS}, count(*) over () as total from assignments.conflict c
        where ${where.join(' and ')} order by c.created_at desc, c.id limit ? offset ?`,
      [...params, filter.pageSize, (filter.page - 1) * filter.pageSize],
    );
    const total = rows.length > 0 ? Number(rows[0].total) : await this.count(where, params);
    return { items: rows.map(conflictViewFromRow), page: filter.page, pageSize: filter.pageSize, total };
  }

  /** Only for a page past the end, where the window count has no row to ride on. */
  private async count(where: string[], params: unknown[]): Promise<number> {
    const [row] = await this.db.query<{ n: string }>(`select count(*) as n from assignments.conflict c where ${where.join(' and ')}`, params);
    return Number(row.n);
  }
}

@QueryHandler(GetConflictQuery)
export class GetConflictHandler implements IQueryHandler<GetConflictQuery, ConflictView | null> {
  constructor(private readonly db: TransactionRunner) {}

  async execute({ organizationId, conflictId }: GetConflictQuery): Promise<ConflictView | null> {
    const [row] = await this.db.query<ConflictRow>(`select ${CONFLICT_COLUMNS} from assignments.conflict c where c.organization_id = ? and c.id = ?`, [organizationId, conflictId]);
    return row ? conflictViewFromRow(row) : null;
  }
}
