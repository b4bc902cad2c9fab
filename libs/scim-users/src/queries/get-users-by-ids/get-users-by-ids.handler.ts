import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { isUuid, pgArray, preparedSql, ReadSide } from '@app/platform';
import { GetUsersByIdsQuery, UserSummary } from './get-users-by-ids.query';

const USERS_BY_IDS = preparedSql(
  `select u.id, u.user_name as "userName", u.active from scim_users.user_account u where u.organization_id = $1 and u.id = any($2::uuid[])`,
);

@QueryHandler(GetUsersByIdsQuery)
export class GetUsersByIdsHandler implements IQueryHandler<GetUsersByIdsQuery, UserSummary[]> {
  constructor(private readonly reads: ReadSide) {}

  async execute({ organizationId, userIds }: GetUsersByIdsQuery): Promise<UserSummary[]> {
    const ids = [...new Set(userIds.filter(isUuid))];
    if (ids.length === 0) return [];
    // One round trip whatever the count: the ids travel as a single array parameter.
    return this.reads.rows<UserSummary>(USERS_BY_IDS, [organizationId, pgArray(ids)]);
  }
}
