import { Injectable } from '@nestjs/common';
import { pgArray, ReadSide } from '@app/platform';
import { GroupMemberRecord } from './group-record';

/** Member lists for groups being returned, in one query for a whole page of groups. */
@Injectable()
export class GroupMemberReader {
  constructor(private readonly reads: ReadSide) {}

  async membersOf(groupIds: readonly string[]): Promise<Map<string, GroupMemberRecord[]>> {
    const byGroup = new Map<string, GroupMemberRecord[]>(groupIds.map((id) => [id, []]));
    if (groupIds.length === 0) return byGroup;
    const rows = await this.reads.rows<{ group_id: string; user_id: string; user_name: string }>(
      `select group_id, user_id, user_name from scim_groups.group_member where group_id = any(?::uuid[]) order by group_id, added_at, user_id`,
      [pgArray(groupIds)],
    );
    for (const row of rows) byGroup.get(row.group_id)?.push({ userId: row.user_id, userName: row.user_name });
    return byGroup;
  }
}
