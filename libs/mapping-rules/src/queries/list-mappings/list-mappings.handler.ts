import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@app/platform';
import { MAPPING_COLUMNS, MappingView, mappingViewFromRow } from '../../read-model/mapping-view';
import { ListMappingsQuery, MappingPage } from './list-mappings.query';

@QueryHandler(ListMappingsQuery)
export class ListMappingsHandler implements IQueryHandler<ListMappingsQuery, MappingPage> {
  constructor(private readonly db: TransactionRunner) {}

  async execute({ organizationId, filter }: ListMappingsQuery): Promise<MappingPage> {
    const where = ['m.organization_id = ?'];
    const params: unknown[] = [organizationId];
    if (filter.status) {
      where.push('m.status = ?');
      params.push(filter.status);
    }
    if (filter.targetDeleted !== undefined) {
      where.push('m.target_deleted = ?');
      params.push(filter.targetDeleted);
    }
    const rows = await this.db.query<MappingView & { total: string }>(
      `select ${MAPPING_COLUMNS}, count(*) over () as total from mapping_rules.group_mapping m
        where ${where.join(' and ')} order by m.created_at desc, m.id limit ? offset ?`,
      [...params, filter.pageSize, (filter.page - 1) * filter.pageSize],
    );
    const total = rows.length > 0 ? Number(rows[0].total) : await this.count(where, params);
    return { items: rows.map(({ total: _total, ...row }) => mappingViewFromRow(row)), total, page: filter.page, pageSize: filter.pageSize };
  }

  /** Only for a page past the end, where the window count has no row to ride on. */
  private async count(where: string[], params: unknown[]): Promise<number> {
    const [row] = await this.db.query<{ n: string }>(`select count(*) as n from mapping_rules.group_mapping m where ${where.join(' and ')}`, params);
    return Number(row.n);
  }
}
