import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { MikroORM } from '@mikro-orm/postgresql';
import { runSql } from '@app/platform';
import { filterToSql, sortToSql } from '@app/scim-protocol';
import { recordFromRow, USER_RECORD_COLUMNS, UserRow } from '../../read-model/user-record';
import { USER_SQL_ATTRIBUTES } from '../../read-model/user-sql-attributes';
import { ListUsersQuery, UserPage } from './list-users.query';

@QueryHandler(ListUsersQuery)
export class ListUsersHandler implements IQueryHandler<ListUsersQuery, UserPage> {
  constructor(private readonly orm: MikroORM) {}

  async execute({ organizationId, page }: ListUsersQuery): Promise<UserPage> {
    const filter = page.filter ? filterToSql(page.filter, USER_SQL_ATTRIBUTES) : { sql: 'true', params: [] };
    const sort = sortToSql(page.sortBy, page.sortOrder, USER_SQL_ATTRIBUTES);
    const where = `u.organization_id = ? and (${filter.sql})`;
    const params = [organizationId, ...filter.params];
    const orderBy = `${sort ? `${sort}, ` : ''}u.created_at, u.id`;
    const rows =
      page.count === 0
        ? []
        : await runSql<UserRow & { total: string }>(
            this.orm.em,
            `select ${USER_RECORD_COLUMNS}, count(*) over () as total from scim_users.user_account u
              where ${where} order by ${orderBy} limit ? offset ?`,
            [...params, page.count, page.startIndex - 1],
          );
    // The window count rides along with a non-empty page; an empty first page (PingOne's look-up of a
    // user it is about to create) means nothing matched; only an empty later page needs its own count.
    const totalResults = rows.length > 0 ? Number(rows[0].total) : page.startIndex === 1 && page.count > 0 ? 0 : await this.count(where, params);
    return { totalResults, users: rows.map(recordFromRow) };
  }

  private async count(where: string, params: unknown[]): Promise<number> {
    const [row] = await runSql<{ n: string }>(this.orm.em, `select count(*) as n from scim_users.user_account u where ${where}`, params);
    return Number(row.n);
  }
}
