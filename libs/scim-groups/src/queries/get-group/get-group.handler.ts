import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { isUuid, preparedSql, ReadSide } from '@app/platform';
import { GroupMemberReader } from '../../read-model/group-reader';
import { GROUP_RECORD_COLUMNS, GroupRecord, GroupRow, recordFromRow, withMembers } from '../../read-model/group-record';
import { GetGroupQuery } from './get-group.query';

const GROUP_BY_ID = preparedSql(
  `select ${GROUP_RECORD_COLUMNS} from scim_groups.scim_group g where g.id = $1 and g.organization_id = $2 and g.deleted_at is null`,
);

@QueryHandler(GetGroupQuery)
export class GetGroupHandler implements IQueryHandler<GetGroupQuery, GroupRecord | null> {
  constructor(
    private readonly reads: ReadSide,
    private readonly members: GroupMemberReader,
  ) {}

  async execute({ organizationId, groupId, includeMembers }: GetGroupQuery): Promise<GroupRecord | null> {
    if (!isUuid(groupId)) return null;
    const [row] = await this.reads.rows<GroupRow>(GROUP_BY_ID, [groupId, organizationId]);
    if (!row) return null;
    const record = recordFromRow(row);
    if (includeMembers) withMembers(record, (await this.members.membersOf([record.id])).get(record.id)!);
    return record;
  }
}
