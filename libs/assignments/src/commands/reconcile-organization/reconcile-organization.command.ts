import { Command } from '@nestjs/cqrs';

/** What reconcile had to correct, by kind of derived state: users changed in each. */
export interface ReconcileReport {
  /** SCIM-derived team, concurrency group and sub-organization assignments (mappings of the user's groups). */
  assignments: { usersChanged: number };
  /** The user's own LambdatestGroup (a concurrency group by name). */
  lambdatestGroup: { usersChanged: number };
  /** Membership of the organization, i.e. of its Default concurrency group when nothing else applies. */
  defaultConcurrencyGroup: { usersChanged: number };
  /** Effective roles and the IdP role inputs they come from. */
  roles: { changed: number };
  /** The sum of the above: 0 on a settled organization. */
  totalChanges: number;
}

/**
 * Recomputes every piece of derived state of the org from source state and reports what moved.
 * Admins' decisions are source state, not derived: a manual team removal survives a reconcile.
 */
export class ReconcileOrganizationCommand extends Command<ReconcileReport> {
  constructor(readonly organizationId: string) {
    super();
  }
}
