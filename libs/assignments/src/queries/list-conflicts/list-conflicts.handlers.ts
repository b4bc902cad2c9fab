import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadSide } from '@app/platform';
import type { ConflictView } from '../../conflicts/conflict-types';
import { CONFLICT_COLUMNS, ConflictRow, conflictViewFromRow } from '../../conflicts/conflict-view';
import { ConflictPage, GetConflictQuery, ListConflictsQuery } from './list-conflicts.query';

@QueryHandler(ListConflictsQuery)
export class ListConflictsHandler implements IQueryHandler<ListConflictsQuery, ConflictPage> {
  constructor(private readonly reads: ReadSide) {}

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
    const { rows, total } = await this.reads.page<ConflictRow>({
      columns: CONFLICT_COLUMNS,
      from: 'assignments.conflict c',
      where: where.join(' and '),
      orderBy: 'c.created_at desc, c.id',
      params,
      limit: filter.pageSize,
      offset: (filter.page - 1) * filter.pageSize,
    });
    return { items: rows.map(conflictViewFromRow), page: filter.page, pageSize: filter.pageSize, total };
  }
}

@QueryHandler(GetConflictQuery)
export class GetConflictHandler implements IQueryHandler<GetConflictQuery, ConflictView | null> {
  constructor(private readonly reads: ReadSide) {}

  async execute({ organizationId, conflictId }: GetConflictQuery): Promise<ConflictView | null> {
    const [row] = await this.reads.rows<ConflictRow>(`select ${CONFLICT_COLUMNS} from assignments.conflict c where c.organization_id = ? and c.id = ?`, [organizationId, conflictId]);
    return row ? conflictViewFromRow(row) : null;
  }
}
