import { Query } from '@nestjs/cqrs';
import type { GroupMemberRecord } from '../../read-model/group-record';

/** One page of a live group's members, in the order they joined; null for an unknown group. */
export class ListGroupMembersQuery extends Query<{ items: GroupMemberRecord[]; total: number } | null> {
  constructor(
    readonly organizationId: string,
    readonly groupId: string,
    readonly page: number,
    readonly pageSize: number,
  ) {
    super();
  }
}
