import { Query } from '@nestjs/cqrs';
import type { MappingView } from '../../read-model/mapping-view';

/** Every mapping of one group, Rejected ones included, oldest first. */
export class ListGroupMappingsQuery extends Query<MappingView[]> {
  constructor(
    readonly organizationId: string,
    readonly groupId: string,
  ) {
    super();
  }
}
