import { QueryBus } from '@nestjs/cqrs';
import { DurableEventHandler, TransactionRunner } from '@app/platform';
import { GetUserQuery, UserInvitedEvent, UserLambdatestGroupChangedEvent, UserProvisionedEvent } from '@app/scim-users';
import { AssignmentsChangedEvent } from '../events/assignments-changed.event';

type UserEvent = UserProvisionedEvent | UserInvitedEvent | UserLambdatestGroupChangedEvent;

/**
 * Learns the organization's users (the default concurrency group's members) and applies the
 * user-level LambdatestGroup (a concurrency group's name) as a `user_attribute` assignment.
 * Reads the attribute's current value rather than the event's, so a replayed event cannot undo a later one.
 */
@DurableEventHandler(UserProvisionedEvent, UserInvitedEvent, UserLambdatestGroupChangedEvent)
export class UserAttributeHandler implements DurableEventHandler<UserEvent> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly queries: QueryBus,
  ) {}

  async handle({ organizationId, userId }: UserEvent): Promise<void> {
    const user = await this.queries.execute(new GetUserQuery(organizationId, userId));
    if (!user) return;
    await this.transactions.run(async ({ em, raise }) => {
      await em.execute(`insert into org_entities.known_user (user_id, organization_id) values (?, ?) on conflict do nothing`, [userId, organizationId]);
      const removed = await em.execute<{ entity_id: string }[]>(
        `delete from org_entities.assignment where user_id = ? and source = 'user_attribute' returning entity_id`,
        [userId],
      );
      const added = user.lambdatestGroup
        ? await em.execute<{ entity_id: string }[]>(
            `insert into org_entities.assignment (organization_id, user_id, entity_id, entity_type, source)
             select ?, ?, e.id, e.type, 'user_attribute' from org_entities.entity e
              where e.organization_id = ? and e.type = 'concurrency_group' and lower(e.name) = lower(?)
             returning entity_id`,
            [organizationId, userId, organizationId, user.lambdatestGroup],
          )
        : [];
      const same = removed.length === added.length && removed.every((r, i) => r.entity_id === added[i].entity_id);
      if (!same) raise(new AssignmentsChangedEvent(organizationId, [userId]));
    });
  }
}
