import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { isUuid, pgArray, ReadSide } from '@app/platform';
import { GetUsersByIdsQuery, UserSummary } from './get-users-by-ids.query';

@QueryHandler(GetUsersByIdsQuery)
export class GetUsersByIdsHandler implements IQueryHandler<GetUsersByIdsQuery, UserSummary[]> {
  constructor(private readonly reads: ReadSide) {}

  async execute({ organizationId, userIds }: GetUsersByIdsQuery): Promise<UserSummary[]> {
    const ids = [...new Set(userIds.filter(isUuid))];
    if (ids.length === 0) return [];
    // One round trip whatever the count: the ids travel as a single array parameter.
    return this.reads.rows<UserSummary>(
      `select u.id, u.user_name as "userName", u.active from scim_users.user_account u
        where u.organization_id = ? and u.id = any(?::uuid[])`,
      [organizationId, pgArray(ids)],
    );
  }
}
