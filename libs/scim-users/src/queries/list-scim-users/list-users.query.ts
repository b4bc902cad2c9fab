import { Query } from '@nestjs/cqrs';
import type { FilterNode, SortOrder } from '@app/scim-protocol';
import type { UserRecord } from '../../read-model/user-record';

export interface UserPage {
  totalResults: number;
  users: UserRecord[];
}

/** GET /Users: a filtered, sorted page of the organization's users, evaluated in the database. */
export class ListUsersQuery extends Query<UserPage> {
  constructor(
    readonly organizationId: string,
    readonly page: { filter?: FilterNode; sortBy?: string; sortOrder: SortOrder; startIndex: number; count: number },
  ) {
    super();
  }
}
