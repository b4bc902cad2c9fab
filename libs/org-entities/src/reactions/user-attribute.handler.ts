import { QueryBus } from '@nestjs/cqrs';
import { DurableEventHandler, eventsByOrganization, executeBound, pgArray, TransactionRunner } from '@app/platform';
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

  async handle(event: UserEvent): Promise<void> {
    await this.handleBatch([event]);
  }

  /** Many users of one organization in one transaction, with one AssignmentsChangedEvent for those whose rows changed. */
  async handleBatch(events: UserEvent[]): Promise<void> {
    for (const [organizationId, group] of eventsByOrganization(events)) {
      const userIds = group.map((event) => event.userId);
      const users: { userId: string; group: string }[] = [];
      for (const userId of userIds) {
        const user = await this.queries.execute(new GetUserQuery(organizationId, userId));
        if (user) users.push({ userId, group: user.lambdatestGroup ?? '' });
      }
      if (users.length === 0) continue;
      const ids = pgArray(users.map((u) => u.userId));
      await this.transactions.run(async ({ em, raise }) => {
        await executeBound(
          em,
          `insert into org_entities.known_user (user_id, organization_id) select id, ? from unnest(?::uuid[]) as id on conflict do nothing`,
          [organizationId, ids],
        );
        const removed = await executeBound<Row>(
          em,
          `delete from org_entities.assignment where user_id = any(?::uuid[]) and source = 'user_attribute' returning user_id, entity_id`,
          [ids],
        );
        const added = await executeBound<Row>(
          em,
          `insert into org_entities.assignment (organization_id, user_id, entity_id, entity_type, source)
           select ?, u.user_id, e.id, e.type, 'user_attribute'
             from unnest(?::uuid[], ?::text[]) as u(user_id, group_name)
             join org_entities.entity e on e.organization_id = ? and e.type = 'concurrency_group' and lower(e.name) = lower(u.group_name)
            where u.group_name <> ''
           returning user_id, entity_id`,
          [organizationId, ids, pgArray(users.map((u) => u.group)), organizationId],
        );
        const changed = users.map((u) => u.userId).filter((userId) => entitiesOf(removed, userId) !== entitiesOf(added, userId));
        if (changed.length > 0) raise(new AssignmentsChangedEvent(organizationId, changed));
      });
    }
  }
}

interface Row {
  user_id: string;
  entity_id: string;
}

function entitiesOf(rows: readonly Row[], userId: string): string {
  return rows
    .filter((row) => row.user_id === userId)
    .map((row) => row.entity_id)
    .sort()
    .join(',');
}
