import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadSide } from '@app/platform';
import { filterToSql, sortToSql } from '@app/scim-protocol';
import { GroupMemberReader } from '../../read-model/group-reader';
import { GROUP_RECORD_COLUMNS, GroupRow, recordFromRow, withMembers } from '../../read-model/group-record';
import { GROUP_SQL_ATTRIBUTES } from '../../read-model/group-sql-attributes';
import { GroupPage, ListGroupsQuery } from './list-groups.query';

@QueryHandler(ListGroupsQuery)
export class ListGroupsHandler implements IQueryHandler<ListGroupsQuery, GroupPage> {
  constructor(
    private readonly reads: ReadSide,
    private readonly members: GroupMemberReader,
  ) {}

  async execute({ organizationId, page, includeMembers }: ListGroupsQuery): Promise<GroupPage> {
    const filter = page.filter ? filterToSql(page.filter, GROUP_SQL_ATTRIBUTES) : { sql: 'true', params: [] };
    const sort = sortToSql(page.sortBy, page.sortOrder, GROUP_SQL_ATTRIBUTES);
    const { rows, total: totalResults } = await this.reads.page<GroupRow>({
      columns: GROUP_RECORD_COLUMNS,
      from: 'scim_groups.scim_group g',
      where: `g.organization_id = ? and g.deleted_at is null and (${filter.sql})`,
      orderBy: `${sort ? `${sort}, ` : ''}g.created_at, g.id`,
      params: [organizationId, ...filter.params],
      limit: page.count,
      offset: page.startIndex - 1,
    });
    const groups = rows.map(recordFromRow);
    if (includeMembers) {
      const members = await this.members.membersOf(groups.map((g) => g.id));
      for (const group of groups) withMembers(group, members.get(group.id)!);
    }
    return { totalResults, groups };
  }
}
