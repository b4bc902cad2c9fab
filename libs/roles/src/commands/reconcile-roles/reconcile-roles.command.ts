import { Command } from '@nestjs/cqrs';

export interface RoleInputOfUser {
  userId: string;
  /** The IdP's OrganizationRole as scim-users holds it now. */
  idpRole: string | null;
}

/**
 * Reconcile of roles: `users` is every user of the organization with the IdP's current role. The
 * stored IdP inputs are corrected from it, users this module never heard of get their row, and
 * every user is recomputed. Answers how many users' role state had to be corrected.
 */
export class ReconcileRolesCommand extends Command<{ changed: number }> {
  constructor(
    readonly organizationId: string,
    readonly users: readonly RoleInputOfUser[],
  ) {
    super();
  }
}
