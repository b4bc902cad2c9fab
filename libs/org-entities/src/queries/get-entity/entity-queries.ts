import { Query } from '@nestjs/cqrs';
import type { EntityRef, EntityType, EntityView } from '../../domain/entity-types';

export class GetEntityQuery extends Query<EntityView | null> {
  constructor(
    readonly organizationId: string,
    readonly entityId: string,
  ) {
    super();
  }
}

/** Case-insensitive; how rules find a group's namesake and how LambdatestGroup names resolve. */
export class FindEntityByNameQuery extends Query<EntityRef | null> {
  constructor(
    readonly organizationId: string,
    readonly type: EntityType,
    readonly name: string,
  ) {
    super();
  }
}

/** Every user that has at least one SCIM-derived assignment (reconcile recomputes them too). */
export class ListScimAssignedUserIdsQuery extends Query<string[]> {
  constructor(readonly organizationId: string) {
    super();
  }
}
