import { Query } from '@nestjs/cqrs';

export interface EntityMember {
  userId: string;
  /** scim, user_attribute, manual, or default (the organization's default concurrency group). */
  source: string;
}

export class ListEntityMembersQuery extends Query<{ items: EntityMember[]; total: number } | null> {
  constructor(
    readonly organizationId: string,
    readonly entityId: string,
    readonly page: number,
    readonly pageSize: number,
  ) {
    super();
  }
}
