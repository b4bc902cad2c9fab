import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { pgArray, ReadSide } from '@app/platform';
import { GetGroupRolesForUsersQuery, UserGroupRoles } from './get-group-roles-for-users.query';

@QueryHandler(GetGroupRolesForUsersQuery)
export class GetGroupRolesForUsersHandler implements IQueryHandler<GetGroupRolesForUsersQuery, UserGroupRoles[]> {
  constructor(private readonly reads: ReadSide) {}

  async execute({ organizationId, userIds }: GetGroupRolesForUsersQuery): Promise<UserGroupRoles[]> {
    if (userIds.length === 0) return [];
    return this.reads.rows<UserGroupRoles>(
      `select u.user_id as "userId",
              coalesce(array_agg(distinct r.role) filter (where r.role is not null), '{}') as roles
         from unnest(?::uuid[]) as u(user_id)
         left join scim_groups.group_member m on m.organization_id = ? and m.user_id = u.user_id
         left join scim_groups.scim_group g on g.id = m.group_id and g.deleted_at is null
         left join lateral unnest(g.roles) as r(role) on true
        group by u.user_id`,
      [pgArray([...new Set(userIds)]), organizationId],
    );
  }
}
