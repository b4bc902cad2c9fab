import { DurableEventHandler } from '@app/platform';
import { pgArray, TransactionRunner } from '@app/platform';
import { UserMovedOrganizationEvent } from '@app/scim-users';
import { GroupMembersRemovedEvent } from '../events/group-members-removed.event';

/**
 * A user who moved to another organization leaves every group of the previous one. The removals
 * are ordinary membership changes, so roles, assignments and conflicts of that organization follow
 * through the usual events. A repeated delivery finds nothing left to remove.
 */
@DurableEventHandler(UserMovedOrganizationEvent)
export class ReleaseMembershipsOnUserMovedHandler implements DurableEventHandler<UserMovedOrganizationEvent> {
  constructor(private readonly transactions: TransactionRunner) {}

  async handle({ previousOrganizationId, userId }: UserMovedOrganizationEvent): Promise<void> {
    await this.transactions.run(async ({ em, raise }) => {
      const rows = await em.execute<{ group_id: string }[]>(
        `delete from scim_groups.group_member where organization_id = ? and user_id = ? returning group_id`,
        [previousOrganizationId, userId],
      );
      if (rows.length === 0) return;
      const groupIds = rows.map((row) => row.group_id);
      await em.execute(`update scim_groups.scim_group set version = version + 1, updated_at = now() where id = any(?::uuid[])`, [pgArray(groupIds)]);
      raise(...groupIds.map((groupId) => new GroupMembersRemovedEvent(previousOrganizationId, groupId, [userId])));
    });
  }
}
