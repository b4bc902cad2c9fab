import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { isUuid, ReadSide } from '@app/platform';
import { GetUserGroupsQuery, UserGroupView } from './get-user-groups.query';

@QueryHandler(GetUserGroupsQuery)
export class GetUserGroupsHandler implements IQueryHandler<GetUserGroupsQuery, UserGroupView[]> {
  constructor(private readonly reads: ReadSide) {}

  async execute({ organizationId, userId }: GetUserGroupsQuery): Promise<UserGroupView[]> {
    if (!isUuid(userId)) return [];
    return this.reads.rows<UserGroupView>(
      `select g.id as "groupId", g.display_name as "displayName", g.roles
         from scim_groups.group_member m join scim_groups.scim_group g on g.id = m.group_id and g.deleted_at is null
        where m.organization_id = ? and m.user_id = ? order by lower(g.display_name)`,
      [organizationId, userId],
    );
  }
}
