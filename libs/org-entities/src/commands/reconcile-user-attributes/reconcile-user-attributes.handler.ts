import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { executeBound, pgArray, TransactionRunner } from '@app/platform';
import { AssignmentsChangedEvent } from '../../events/assignments-changed.event';
import { ReconcileUserAttributesCommand, UserAttributesReconciled } from './reconcile-user-attributes.command';

type Changed = { user_id: string }[];

@CommandHandler(ReconcileUserAttributesCommand)
export class ReconcileUserAttributesHandler implements ICommandHandler<ReconcileUserAttributesCommand, UserAttributesReconciled> {
  constructor(private readonly transactions: TransactionRunner) {}

  execute({ organizationId, users }: ReconcileUserAttributesCommand): Promise<UserAttributesReconciled> {
    const ids = pgArray(users.map((u) => u.userId));
    const groups = pgArray(users.map((u) => u.lambdatestGroup ?? ''));
    return this.transactions.run(async ({ em, raise }) => {
      const joined = await executeBound<{ user_id: string }>(
        em,
        `insert into org_entities.known_user as k (user_id, organization_id) select u, ? from unnest(?::uuid[]) as u
         on conflict (user_id) do update set organization_id = excluded.organization_id where k.organization_id <> excluded.organization_id
         returning user_id`,
        [organizationId, ids],
      );
      const left = await executeBound<{ user_id: string }>(
        em,
        `delete from org_entities.known_user where organization_id = ? and not (user_id = any(?::uuid[])) returning user_id`,
        [organizationId, ids],
      );
      const wanted = `select w.user_id, e.id as entity_id from unnest(?::uuid[], ?::text[]) as w(user_id, name)
        join org_entities.entity e on e.organization_id = ? and e.type = 'concurrency_group' and lower(e.name) = lower(w.name) where w.name <> ''`;
      const removed = await executeBound<{ user_id: string }>(
        em,
        `delete from org_entities.assignment a where a.organization_id = ? and a.source = 'user_attribute'
           and not exists (select 1 from (${wanted}) x where x.user_id = a.user_id and x.entity_id = a.entity_id)
         returning a.user_id`,
        [organizationId, ids, groups, organizationId],
      );
      const added = await executeBound<{ user_id: string }>(
        em,
        `insert into org_entities.assignment (organization_id, user_id, entity_id, entity_type, source)
         select ?, x.user_id, x.entity_id, 'concurrency_group', 'user_attribute' from (${wanted}) x
         on conflict do nothing returning user_id`,
        [organizationId, ids, groups, organizationId],
      );
      const lambdatestGroup = distinct(removed, added);
      const defaultConcurrencyGroup = distinct(joined, left);
      const changed = new Set([...lambdatestGroup, ...defaultConcurrencyGroup]);
      if (changed.size > 0) raise(new AssignmentsChangedEvent(organizationId, [...changed]));
      return { lambdatestGroup: lambdatestGroup.size, defaultConcurrencyGroup: defaultConcurrencyGroup.size };
    });
  }
}

function distinct(...lists: Changed[]): Set<string> {
  return new Set(lists.flat().map((row) => row.user_id));
}
