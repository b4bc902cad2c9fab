import { Query } from '@nestjs/cqrs';

export interface UserGroupRoles {
  userId: string;
  /** Distinct LambdatestRoles of the user's live (non-deleted) groups; empty when none. */
  roles: string[];
}

/** One set-based read for any number of users: one entry per requested user id. */
export class GetGroupRolesForUsersQuery extends Query<UserGroupRoles[]> {
  constructor(
    readonly organizationId: string,
    readonly userIds: readonly string[],
  ) {
    super();
  }
}
