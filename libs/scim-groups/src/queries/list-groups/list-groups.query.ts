import { Query } from '@nestjs/cqrs';
import type { FilterNode, SortOrder } from '@app/scim-protocol';
import type { GroupRecord } from '../../read-model/group-record';

export interface GroupPage {
  totalResults: number;
  groups: GroupRecord[];
}

/** GET /Groups: a filtered, sorted page of the organization's live groups, evaluated in the database. */
export class ListGroupsQuery extends Query<GroupPage> {
  constructor(
    readonly organizationId: string,
    readonly page: { filter?: FilterNode; sortBy?: string; sortOrder: SortOrder; startIndex: number; count: number },
    readonly includeMembers: boolean,
  ) {
    super();
  }
}
