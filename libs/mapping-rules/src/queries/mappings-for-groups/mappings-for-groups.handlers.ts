import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { pgArray, ReadSide } from '@app/platform';
import { MAPPING_COLUMNS, MappingView, mappingViewFromRow } from '../../read-model/mapping-view';
import { ListGroupIdsByMappingStateQuery, ListMappingsForGroupsQuery } from './mappings-for-groups.query';

@QueryHandler(ListMappingsForGroupsQuery)
export class ListMappingsForGroupsHandler implements IQueryHandler<ListMappingsForGroupsQuery, MappingView[]> {
  constructor(private readonly reads: ReadSide) {}

  async execute({ organizationId, groupIds }: ListMappingsForGroupsQuery): Promise<MappingView[]> {
    if (groupIds.length === 0) return [];
    const rows = await this.reads.rows<MappingView>(
      `select ${MAPPING_COLUMNS} from mapping_rules.group_mapping m
        where m.organization_id = ? and m.group_id = any(?::uuid[]) order by m.created_at, m.id`,
      [organizationId, pgArray(groupIds)],
    );
    return rows.map(mappingViewFromRow);
  }
}

@QueryHandler(ListGroupIdsByMappingStateQuery)
export class ListGroupIdsByMappingStateHandler implements IQueryHandler<ListGroupIdsByMappingStateQuery, string[]> {
  constructor(private readonly reads: ReadSide) {}

  async execute({ organizationId, state }: ListGroupIdsByMappingStateQuery): Promise<string[]> {
    const conditions = ['organization_id = ?'];
    const params: unknown[] = [organizationId];
    if (state.status) {
      conditions.push('status = ?');
      params.push(state.status);
    }
    if (state.targetDeleted !== undefined) {
      conditions.push('target_deleted = ?');
      params.push(state.targetDeleted);
    }
    const rows = await this.reads.rows<{ group_id: string }>(`select distinct group_id from mapping_rules.group_mapping where ${conditions.join(' and ')}`, params);
    return rows.map((r) => r.group_id);
  }
}
