import { Query } from '@nestjs/cqrs';
import type { GroupRecord } from '../../read-model/group-record';

/** A live group, null when unknown; `includeMembers: false` never reads the membership rows (nor counts them). */
export class GetGroupQuery extends Query<GroupRecord | null> {
  constructor(
    readonly organizationId: string,
    readonly groupId: string,
    readonly includeMembers: boolean = true,
  ) {
    super();
  }
}
