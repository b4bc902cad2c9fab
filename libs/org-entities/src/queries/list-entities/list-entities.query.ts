import { Query } from '@nestjs/cqrs';
import type { EntityType, EntityView } from '../../domain/entity-types';

export class ListEntitiesQuery extends Query<{ items: EntityView[]; total: number }> {
  constructor(
    readonly organizationId: string,
    readonly type: EntityType,
    readonly search: string | undefined,
    readonly page: number,
    readonly pageSize: number,
  ) {
    super();
  }
}
