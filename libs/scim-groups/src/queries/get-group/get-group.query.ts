import { Query } from '@nestjs/cqrs';
import type { GroupRecord } from '../../read-model/group-record';

/** A live group; `includeMembers: false` never reads the membership rows (100k-member groups). */
export class GetGroupQuery extends Query<GroupRecord | null> {
  constructor(
    readonly organizationId: string,
    readonly groupId: string,
    readonly includeMembers: boolean = true,
  ) {
    super();
  }
}
