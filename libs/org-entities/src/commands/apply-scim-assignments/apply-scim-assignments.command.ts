import { Command } from '@nestjs/cqrs';

/** For an exclusive slot: the entity SCIM gives the user, none, or "leave it as it is" (an open conflict). */
export type ScimExclusiveTarget = { entityId: string | null } | 'unchanged';

export interface ScimAssignment {
  userId: string;
  teamIds: string[];
  concurrencyGroup: ScimExclusiveTarget;
  subOrganization: ScimExclusiveTarget;
}

export interface ApplyScimAssignmentsOptions {
  /**
   * Reconcile: recompute without ending admins' manual team removals. A removal lasts until the
   * next change that touches the user, and a reconcile is not such a change.
   */
  keepTeamSuppressions?: boolean;
}

/**
 * Replaces the SCIM-derived assignments of exactly these users with the given ones, set-based
 * (a few statements for any number of users). Also ends admins' team suppressions for them (unless
 * told to keep them): the next SCIM change for a user wins over a manual removal. Returns how many users changed.
 */
export class ApplyScimAssignmentsCommand extends Command<{ usersChanged: number }> {
  constructor(
    readonly organizationId: string,
    readonly assignments: readonly ScimAssignment[],
    readonly options: ApplyScimAssignmentsOptions = {},
  ) {
    super();
  }
}
