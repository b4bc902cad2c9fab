import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@app/platform';
import { isUuid } from '../../domain/group-repository';
import { GroupMemberReader } from '../../read-model/group-reader';
import { GROUP_RECORD_COLUMNS, GroupRecord, GroupRow, recordFromRow } from '../../read-model/group-record';
import { GetGroupQuery } from './get-group.query';

@QueryHandler(GetGroupQuery)
export class GetGroupHandler implements IQueryHandler<GetGroupQuery, GroupRecord | null> {
  constructor(
    private readonly db: TransactionRunner,
    private readonly members: GroupMemberReader,
  ) {}

  async execute({ organizationId, groupId, includeMembers }: GetGroupQuery): Promise<GroupRecord | null> {
    if (!isUuid(groupId)) return null;
    const [row] = await this.db.query<GroupRow & { member_count: string }>(
      `select ${GROUP_RECORD_COLUMNS}, (select count(*) from scim_groups.group_member m where m.group_id = g.id) as member_count
         from scim_groups.scim_group g where g.id = ? and g.organization_id = ? and g.deleted_at is null`,
      [groupId, organizationId],
    );
    if (!row) return null;
    const record = { ...recordFromRow(row), memberCount: Number(row.member_count) };
    if (includeMembers) record.members = (await this.members.membersOf([record.id])).get(record.id);
    return record;
  }
}
