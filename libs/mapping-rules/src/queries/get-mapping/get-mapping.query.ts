import { Query } from '@nestjs/cqrs';
import type { MappingView } from '../../read-model/mapping-view';

/** Null when the mapping does not exist in this organization. */
export class GetMappingQuery extends Query<MappingView | null> {
  constructor(
    readonly organizationId: string,
    readonly mappingId: string,
  ) {
    super();
  }
}
