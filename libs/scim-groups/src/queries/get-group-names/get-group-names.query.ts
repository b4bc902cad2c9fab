import { Query } from '@nestjs/cqrs';

export interface GroupName {
  id: string;
  displayName: string;
  deleted: boolean;
}

/** Names for the dashboard's lists of other modules (mappings, conflicts); deleted groups included, flagged. */
export class GetGroupNamesQuery extends Query<GroupName[]> {
  constructor(
    readonly organizationId: string,
    readonly groupIds: readonly string[],
  ) {
    super();
  }
}
