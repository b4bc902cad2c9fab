import { Query } from '@nestjs/cqrs';

export interface UserLiveGroups {
  userId: string;
  /** Ids of the non-deleted groups the user belongs to; empty when none. */
  groupIds: string[];
}

/** One set-based read for any number of users: one entry per requested user id. */
export class GetLiveGroupIdsForUsersQuery extends Query<UserLiveGroups[]> {
  constructor(
    readonly organizationId: string,
    readonly userIds: readonly string[],
  ) {
    super();
  }
}
