import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { isUuid, ReadSide } from '@app/platform';
import type { GroupMemberRecord } from '../../read-model/group-record';
import { ListGroupMembersQuery } from './list-group-members.query';

@QueryHandler(ListGroupMembersQuery)
export class ListGroupMembersHandler implements IQueryHandler<ListGroupMembersQuery, { items: GroupMemberRecord[]; total: number } | null> {
  constructor(private readonly reads: ReadSide) {}

  async execute({ organizationId, groupId, page, pageSize }: ListGroupMembersQuery) {
    if (!isUuid(groupId)) return null;
    const [group] = await this.reads.rows<{ member_count: string }>(
      `select (select count(*) from scim_groups.group_member m where m.group_id = g.id) as member_count
         from scim_groups.scim_group g where g.id = ? and g.organization_id = ? and g.deleted_at is null`,
      [groupId, organizationId],
    );
    if (!group) return null;
    const rows = await this.reads.rows<{ user_id: string; user_name: string }>(
      `select user_id, user_name from scim_groups.group_member where group_id = ? order by added_at, user_id limit ? offset ?`,
      [groupId, pageSize, (page - 1) * pageSize],
    );
    return { total: Number(group.member_count), items: rows.map((r) => ({ userId: r.user_id, userName: r.user_name })) };
  }
}
