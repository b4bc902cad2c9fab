import { Query } from '@nestjs/cqrs';

/** Every member id of the group, also when the group is soft-deleted. Empty for an unknown group. */
export class GetGroupMemberIdsQuery extends Query<string[]> {
  constructor(
    readonly organizationId: string,
    readonly groupId: string,
  ) {
    super();
  }
}
