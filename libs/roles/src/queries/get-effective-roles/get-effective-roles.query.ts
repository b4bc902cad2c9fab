import { Query } from '@nestjs/cqrs';
import type { Role } from '../../domain/role';

export interface UserEffectiveRole {
  userId: string;
  effectiveRole: Role;
}

/** For lists: one set-based read. Ids unknown to this module in the organization are absent. */
export class GetEffectiveRolesQuery extends Query<UserEffectiveRole[]> {
  constructor(
    readonly organizationId: string,
    readonly userIds: readonly string[],
  ) {
    super();
  }
}
