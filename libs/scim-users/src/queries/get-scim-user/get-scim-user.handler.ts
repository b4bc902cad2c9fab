import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { MikroORM } from '@mikro-orm/postgresql';
import { isUuid } from '@app/platform';
import { readUserRow } from '../../domain/user-statements';
import { recordFromRow, UserRecord } from '../../read-model/user-record';
import { GetUserQuery } from './get-scim-user.query';

@QueryHandler(GetUserQuery)
export class GetUserHandler implements IQueryHandler<GetUserQuery, UserRecord | null> {
  constructor(private readonly orm: MikroORM) {}

  async execute({ organizationId, userId }: GetUserQuery): Promise<UserRecord | null> {
    if (!isUuid(userId)) return null;
    const row = await readUserRow(this.orm.em, organizationId, userId);
    return row ? recordFromRow(row) : null;
  }
}
