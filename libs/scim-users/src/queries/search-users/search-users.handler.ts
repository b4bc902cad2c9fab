import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { pgArray, ReadSide } from '@app/platform';
import { escapeLike } from '@app/scim-protocol';
import { recordFromRow, USER_RECORD_COLUMNS, UserRecord, UserRow } from '../../read-model/user-record';
import { SearchUsersQuery } from './search-users.query';

@QueryHandler(SearchUsersQuery)
export class SearchUsersHandler implements IQueryHandler<SearchUsersQuery, { items: UserRecord[]; total: number }> {
  constructor(private readonly reads: ReadSide) {}

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
    const { rows, total } = await this.reads.page<UserRow>({
      columns: USER_RECORD_COLUMNS,
      from: 'scim_users.user_account u',
      where: conditions.join(' and '),
      orderBy: 'lower(u.user_name), u.id',
      params,
      limit: search.pageSize,
      offset: (search.page - 1) * search.pageSize,
    });
    return { items: rows.map(recordFromRow), total };
  }
}
