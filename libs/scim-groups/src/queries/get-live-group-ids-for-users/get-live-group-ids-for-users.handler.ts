import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { pgArray, ReadSide } from '@app/platform';
import { GetLiveGroupIdsForUsersQuery, UserLiveGroups } from './get-live-group-ids-for-users.query';

@QueryHandler(GetLiveGroupIdsForUsersQuery)
export class GetLiveGroupIdsForUsersHandler implements IQueryHandler<GetLiveGroupIdsForUsersQuery, UserLiveGroups[]> {
  constructor(private readonly reads: ReadSide) {}

  async execute({ organizationId, userIds }: GetLiveGroupIdsForUsersQuery): Promise<UserLiveGroups[]> {
    if (userIds.length === 0) return [];
    return this.reads.rows<UserLiveGroups>(
      `select u.user_id as "userId", coalesce(array_agg(g.id order by g.id) filter (where g.id is not null), '{}') as "groupIds"
         from unnest(?::uuid[]) as u(user_id)
         left join scim_groups.group_member m on m.organization_id = ? and m.user_id = u.user_id
         left join scim_groups.scim_group g on g.id = m.group_id and g.deleted_at is null
        group by u.user_id`,
      [pgArray([...new Set(userIds)]), organizationId],
    );
  }
}
