import { Query } from '@nestjs/cqrs';
import type { MappingStatus } from '../../domain/mapping-types';
import type { MappingView } from '../../read-model/mapping-view';

/** The mappings of a page of groups, in one query (the admin dashboard's group list). */
export class ListMappingsForGroupsQuery extends Query<MappingView[]> {
  constructor(
    readonly organizationId: string,
    readonly groupIds: readonly string[],
  ) {
    super();
  }
}

/** Ids of the groups having at least one mapping in that state: the dashboard's mapping-status filter. */
export class ListGroupIdsByMappingStateQuery extends Query<string[]> {
  constructor(
    readonly organizationId: string,
    readonly state: { status?: MappingStatus; targetDeleted?: boolean },
  ) {
    super();
  }
}
