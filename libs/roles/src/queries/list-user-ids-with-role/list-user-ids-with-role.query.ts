import { Query } from '@nestjs/cqrs';
import type { Role } from '../../domain/role';

/** The organization's users whose effective role is `role` (the admin list's role filter). */
export class ListUserIdsWithRoleQuery extends Query<string[]> {
  constructor(
    readonly organizationId: string,
    readonly role: Role,
  ) {
    super();
  }
}
