import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { pgArray, ReadSide } from '@app/platform';
import { escapeLike } from '@app/scim-protocol';
import { GroupSummary, SearchGroupsQuery } from './search-groups.query';

interface Row {
  id: string;
  display_name: string;
  external_id: string | null;
  roles: string[];
  member_count: string;
  created_at: string;
  updated_at: string;
}

@QueryHandler(SearchGroupsQuery)
export class SearchGroupsHandler implements IQueryHandler<SearchGroupsQuery, { items: GroupSummary[]; total: number }> {
  constructor(private readonly reads: ReadSide) {}

  async execute({ organizationId, search }: SearchGroupsQuery) {
    const conditions = ['g.organization_id = ?', 'g.deleted_at is null'];
    const params: unknown[] = [organizationId];
    const text = search.search?.trim();
    if (text) {
      conditions.push(`lower(btrim(g.display_name)) like ? escape '\\'`);
      params.push(`%${escapeLike(text.toLowerCase())}%`);
    }
    if (search.groupIds) {
      conditions.push('g.id = any(?::uuid[])');
      params.push(pgArray(search.groupIds));
    }
    const { rows, total } = await this.reads.page<Row>({
      columns: `g.id, g.display_name, g.external_id, g.roles, g.created_at, g.updated_at,
                (select count(*) from scim_groups.group_member m where m.group_id = g.id) as member_count`,
      from: 'scim_groups.scim_group g',
      where: conditions.join(' and '),
      orderBy: 'lower(g.display_name), g.id',
      params,
      limit: search.pageSize,
      offset: (search.page - 1) * search.pageSize,
    });
    return {
      total,
      items: rows.map((row) => ({
        id: row.id,
        displayName: row.display_name,
        externalId: row.external_id,
        roles: row.roles,
        memberCount: Number(row.member_count),
        createdAt: new Date(row.created_at),
        updatedAt: new Date(row.updated_at),
      })),
    };
  }
}
