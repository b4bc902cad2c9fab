import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { MikroORM } from '@mikro-orm/postgresql';
import { runSql } from '@app/platform';
import { filterToSql, sortToSql } from '@app/scim-protocol';
import { GroupMemberReader } from '../../read-model/group-reader';
import { GROUP_RECORD_COLUMNS, GroupRow, recordFromRow, withMembers } from '../../read-model/group-record';
import { GROUP_SQL_ATTRIBUTES } from '../../read-model/group-sql-attributes';
import { GroupPage, ListGroupsQuery } from './list-groups.query';

@QueryHandler(ListGroupsQuery)
export class ListGroupsHandler implements IQueryHandler<ListGroupsQuery, GroupPage> {
  constructor(
    private readonly orm: MikroORM,
    private readonly members: GroupMemberReader,
  ) {}

  async execute({ organizationId, page, includeMembers }: ListGroupsQuery): Promise<GroupPage> {
    const filter = page.filter ? filterToSql(page.filter, GROUP_SQL_ATTRIBUTES) : { sql: 'true', params: [] };
    const sort = sortToSql(page.sortBy, page.sortOrder, GROUP_SQL_ATTRIBUTES);
    const where = `g.organization_id = ? and g.deleted_at is null and (${filter.sql})`;
    const params = [organizationId, ...filter.params];
    const rows =
      page.count === 0
        ? []
        : await runSql<GroupRow & { total: string }>(
            this.orm.em,
            `select ${GROUP_RECORD_COLUMNS}, count(*) over () as total from scim_groups.scim_group g
              where ${where} order by ${sort ? `${sort}, ` : ''}g.created_at, g.id limit ? offset ?`,
            [...params, page.count, page.startIndex - 1],
          );
    // An empty first page means nothing matched; only an empty later page needs its own count.
    const totalResults =
      rows.length > 0
        ? Number(rows[0].total)
        : page.startIndex === 1 && page.count > 0
          ? 0
          : Number((await runSql<{ n: string }>(this.orm.em, `select count(*) as n from scim_groups.scim_group g where ${where}`, params))[0].n);
    const groups = rows.map(recordFromRow);
    if (includeMembers) {
      const members = await this.members.membersOf(groups.map((g) => g.id));
      for (const group of groups) withMembers(group, members.get(group.id)!);
    }
    return { totalResults, groups };
  }
}
