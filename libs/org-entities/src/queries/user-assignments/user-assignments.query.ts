import { Query } from '@nestjs/cqrs';
import type { EntityType } from '../../domain/entity-types';

export interface AssignedEntity {
  id: string;
  type: EntityType;
  name: string;
  source: string;
}

export interface UserAssignments {
  teams: AssignedEntity[];
  concurrencyGroup: AssignedEntity | null;
  /** null: the root organization. */
  subOrganization: AssignedEntity | null;
}

export class GetUserAssignmentsQuery extends Query<UserAssignments> {
  constructor(
    readonly organizationId: string,
    readonly userId: string,
  ) {
    super();
  }
}
