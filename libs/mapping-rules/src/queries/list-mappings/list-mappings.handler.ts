import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadSide } from '@app/platform';
import { MAPPING_COLUMNS, MappingView, mappingViewFromRow } from '../../read-model/mapping-view';
import { ListMappingsQuery, MappingPage } from './list-mappings.query';

@QueryHandler(ListMappingsQuery)
export class ListMappingsHandler implements IQueryHandler<ListMappingsQuery, MappingPage> {
  constructor(private readonly reads: ReadSide) {}

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
    const { rows, total } = await this.reads.page<MappingView>({
      columns: MAPPING_COLUMNS,
      from: 'mapping_rules.group_mapping m',
      where: where.join(' and '),
      orderBy: 'm.created_at desc, m.id',
      params,
      limit: filter.pageSize,
      offset: (filter.page - 1) * filter.pageSize,
    });
    return { items: rows.map(mappingViewFromRow), total, page: filter.page, pageSize: filter.pageSize };
  }
}
