import { DurableEventHandler } from '@app/platform';
import { TransactionRunner } from '@app/platform';
import { UserMovedOrganizationEvent } from '@app/scim-users';
import { AssignmentsChangedEvent } from '../events/assignments-changed.event';

/**
 * A user who moved to another organization loses every assignment of the previous one, whatever
 * its source (SCIM, LambdatestGroup, an admin's), and joins the new one's default concurrency group.
 */
@DurableEventHandler(UserMovedOrganizationEvent)
export class ReleaseAssignmentsOnUserMovedHandler implements DurableEventHandler<UserMovedOrganizationEvent> {
  constructor(private readonly transactions: TransactionRunner) {}

  async handle({ organizationId, previousOrganizationId, userId }: UserMovedOrganizationEvent): Promise<void> {
    await this.transactions.run(async ({ em, raise }) => {
      await em.execute(`delete from org_entities.assignment where organization_id = ? and user_id = ?`, [previousOrganizationId, userId]);
      await em.execute(`delete from org_entities.team_suppression where organization_id = ? and user_id = ?`, [previousOrganizationId, userId]);
      await em.execute(
        `insert into org_entities.known_user (user_id, organization_id) values (?, ?)
         on conflict (user_id) do update set organization_id = excluded.organization_id`,
        [userId, organizationId],
      );
      raise(new AssignmentsChangedEvent(previousOrganizationId, [userId]), new AssignmentsChangedEvent(organizationId, [userId]));
    });
  }
}
