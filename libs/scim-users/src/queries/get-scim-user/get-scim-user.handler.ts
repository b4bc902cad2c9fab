import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { isUuid, ReadSide } from '@app/platform';
import { recordFromRow, USER_RECORD_COLUMNS, UserRecord, UserRow } from '../../read-model/user-record';
import { GetUserQuery } from './get-scim-user.query';

@QueryHandler(GetUserQuery)
export class GetUserHandler implements IQueryHandler<GetUserQuery, UserRecord | null> {
  constructor(private readonly reads: ReadSide) {}

  async execute({ organizationId, userId }: GetUserQuery): Promise<UserRecord | null> {
    if (!isUuid(userId)) return null;
    const [row] = await this.reads.rows<UserRow>(
      `select ${USER_RECORD_COLUMNS} from scim_users.user_account u where u.id = ? and u.organization_id = ?`,
      [userId, organizationId],
    );
    return row ? recordFromRow(row) : null;
  }
}
