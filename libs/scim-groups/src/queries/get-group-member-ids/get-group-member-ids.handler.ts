import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { isUuid, ReadSide } from '@app/platform';
import { GetGroupMemberIdsQuery } from './get-group-member-ids.query';

@QueryHandler(GetGroupMemberIdsQuery)
export class GetGroupMemberIdsHandler implements IQueryHandler<GetGroupMemberIdsQuery, string[]> {
  constructor(private readonly reads: ReadSide) {}

  async execute({ organizationId, groupId }: GetGroupMemberIdsQuery): Promise<string[]> {
    if (!isUuid(groupId)) return [];
    const rows = await this.reads.rows<{ user_id: string }>(
      `select user_id from scim_groups.group_member where group_id = ? and organization_id = ?`,
      [groupId, organizationId],
    );
    return rows.map((r) => r.user_id);
  }
}
