import { Query } from '@nestjs/cqrs';
import type { MappingView } from '../../read-model/mapping-view';

/** Every mapping of one group of the organization (deleted groups included), Rejected ones too, oldest first; NotFoundError for an unknown or foreign group. */
export class ListGroupMappingsQuery extends Query<MappingView[]> {
  constructor(
    readonly organizationId: string,
    readonly groupId: string,
  ) {
    super();
  }
}
