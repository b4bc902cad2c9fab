import { DurableEventHandler } from '@app/platform';
import { UserMovedOrganizationEvent } from '@app/scim-users';
import { RoleRecomputer } from '../domain/role-recomputer';

/**
 * A user who moved to another organization keeps none of the previous one's role inputs (its IdP's
 * role, its admin's choice): the row moves with the user and is recomputed in the new organization.
 * Recomputes of the previous organization then no longer see the user.
 */
@DurableEventHandler(UserMovedOrganizationEvent)
export class UserMovedHandler implements DurableEventHandler<UserMovedOrganizationEvent> {
  constructor(private readonly recomputer: RoleRecomputer) {}

  async handle({ organizationId, previousOrganizationId, userId }: UserMovedOrganizationEvent): Promise<void> {
    await this.recomputer.recomputeUsers(organizationId, [userId], async (em) => {
      await em.execute(
        `update roles.user_role set organization_id = ?, idp_role = null, manual_role = null, group_role = null, updated_at = now()
          where user_id = ? and organization_id = ?`,
        [organizationId, userId, previousOrganizationId],
      );
    });
  }
}
