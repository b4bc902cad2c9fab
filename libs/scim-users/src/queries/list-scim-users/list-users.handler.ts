import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadSide } from '@app/platform';
import { filterToSql, sortToSql } from '@app/scim-protocol';
import { recordFromRow, USER_RECORD_COLUMNS, UserRow } from '../../read-model/user-record';
import { USER_SQL_ATTRIBUTES } from '../../read-model/user-sql-attributes';
import { ListUsersQuery, UserPage } from './list-users.query';

@QueryHandler(ListUsersQuery)
export class ListUsersHandler implements IQueryHandler<ListUsersQuery, UserPage> {
  constructor(private readonly reads: ReadSide) {}

  async execute({ organizationId, page }: ListUsersQuery): Promise<UserPage> {
    const filter = page.filter ? filterToSql(page.filter, USER_SQL_ATTRIBUTES) : { sql: 'true', params: [] };
    const sort = sortToSql(page.sortBy, page.sortOrder, USER_SQL_ATTRIBUTES);
    const { rows, total } = await this.reads.page<UserRow>({
      columns: USER_RECORD_COLUMNS,
      from: 'scim_users.user_account u',
      where: `u.organization_id = ? and (${filter.sql})`,
      orderBy: `${sort ? `${sort}, ` : ''}u.created_at, u.id`,
      params: [organizationId, ...filter.params],
      limit: page.count,
      offset: page.startIndex - 1,
    });
    return { totalResults: total, users: rows.map(recordFromRow) };
  }
}
