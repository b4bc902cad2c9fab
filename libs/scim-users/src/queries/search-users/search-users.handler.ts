import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { pgArray, TransactionRunner } from '@app/platform';
import { escapeLike } from '@app/scim-protocol';
import { recordFromRow, USER_RECORD_COLUMNS, UserRecord, UserRow } from '../../read-model/user-record';
import { SearchUsersQuery } from './search-users.query';

@QueryHandler(SearchUsersQuery)
export class SearchUsersHandler implements IQueryHandler<SearchUsersQuery, { items: UserRecord[]; total: number }> {
  constructor(private readonly db: TransactionRunner) {}

  async execute({ organizationId, search }: SearchUsersQuery) {
    const conditions = ['u.organization_id = ?'];
    const params: unknown[] = [organizationId];
    const text = search.search?.trim().toLowerCase();
    if (text) {
      const like = `%${escapeLike(text)}%`;
      conditions.push(
        `(lower(u.user_name) like ? escape '\\' or lower(coalesce(u.display_name, '')) like ? escape '\\'
          or lower(coalesce(u.resource #>> '{name,givenName}', '') || ' ' || coalesce(u.resource #>> '{name,familyName}', '')) like ? escape '\\')`,
      );
      params.push(like, like, like);
    }
    if (search.active !== undefined) {
      conditions.push('u.active = ?');
      params.push(search.active);
    }
    if (search.userIds) {
      conditions.push('u.id = any(?::uuid[])');
      params.push(pgArray(search.userIds));
    }
    const where = conditions.join(' and ');
    const rows = await this.db.query<UserRow & { total: string }>(
      `select ${USER_RECORD_COLUMNS}, count(*) over () as total from scim_users.user_account u where ${where}
        order by lower(u.user_name), u.id limit ? offset ?`,
      [...params, search.pageSize, (search.page - 1) * search.pageSize],
    );
    const total = rows.length > 0 ? Number(rows[0].total) : Number((await this.db.query<{ n: string }>(`select count(*) as n from scim_users.user_account u where ${where}`, params))[0].n);
    return { items: rows.map(recordFromRow), total };
  }
}
