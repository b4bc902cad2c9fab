import { Query } from '@nestjs/cqrs';
import type { UserRecord } from '../../read-model/user-record';

export class GetUserQuery extends Query<UserRecord | null> {
  constructor(
    readonly organizationId: string,
    readonly userId: string,
  ) {
    super();
  }
}
