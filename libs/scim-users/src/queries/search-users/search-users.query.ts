import { Query } from '@nestjs/cqrs';
import type { UserRecord } from '../../read-model/user-record';

export interface UserSearch {
  /** Case-insensitive substring of userName, displayName, given or family name. */
  search?: string;
  active?: boolean;
  /** Restrict to these users (from other modules' filters: a role, a group). */
  userIds?: readonly string[];
  page: number;
  pageSize: number;
}

/** The admin dashboard's user list, ordered by userName. */
export class SearchUsersQuery extends Query<{ items: UserRecord[]; total: number }> {
  constructor(
    readonly organizationId: string,
    readonly search: UserSearch,
  ) {
    super();
  }
}
