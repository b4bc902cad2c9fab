import { Query } from '@nestjs/cqrs';
import type { EntityRef } from '../../domain/entity-types';

/** Names for other modules' lists (mappings, conflicts): the organization's entities among `entityIds`. */
export class GetEntityNamesQuery extends Query<EntityRef[]> {
  constructor(
    readonly organizationId: string,
    readonly entityIds: readonly string[],
  ) {
    super();
  }
}
