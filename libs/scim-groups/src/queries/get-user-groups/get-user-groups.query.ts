import { Query } from '@nestjs/cqrs';

export interface UserGroupView {
  groupId: string;
  displayName: string;
  roles: string[];
}

/** The live groups a user belongs to, with their roles (where a user's effective role comes from). */
export class GetUserGroupsQuery extends Query<UserGroupView[]> {
  constructor(
    readonly organizationId: string,
    readonly userId: string,
  ) {
    super();
  }
}
