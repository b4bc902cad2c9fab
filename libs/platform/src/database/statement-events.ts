import { randomUUID } from 'node:crypto';
import { DurableEventBase, durableEventDefinition } from '../outbox/durable-event';
import { OUTBOX_TABLE } from '../outbox/outbox-writer';
import { pgArray } from './pg-array';

/**
 * The transactional outbox as one CTE of the caller's own statement, for hot paths that write a
 * state change and its events in a single round trip: the rows are inserted once per row of
 * `source` (a CTE that returns one row when the change happened, none otherwise), so the events
 * commit with the change or not at all. Same rows as the unit-of-work path writes; the six column
 * arrays are parameters `$first` … `$first+5` (see `outboxEventValues`).
 */
export function outboxInsertCte(first: number, source: string): string {
  const [a, b, c, d, e, f] = [0, 1, 2, 3, 4, 5].map((i) => `$${first + i}`);
  return `insert into ${OUTBOX_TABLE} (event_id, organization_id, aggregate_type, aggregate_id, type, payload)
    select ev.event_id, ev.organization_id, ev.aggregate_type, ev.aggregate_id, ev.type, ev.payload
      from ${source}, unnest(${a}::uuid[], ${b}::uuid[], ${c}::text[], ${d}::text[], ${e}::text[], ${f}::jsonb[])
           with ordinality as ev(event_id, organization_id, aggregate_type, aggregate_id, type, payload, ord)
     order by ev.ord
    returning 1`;
}

/** The six parameters of `outboxInsertCte` for these events, in the order they were raised. */
export function outboxEventValues(events: readonly DurableEventBase[]): string[] {
  const rows = events.map((event) => {
    const definition = durableEventDefinition(event);
    return [randomUUID(), event.organizationId, definition.aggregateType, definition.aggregateId(event), definition.type, JSON.stringify(event)];
  });
  return [0, 1, 2, 3, 4, 5].map((i) => pgArray(rows.map((row) => row[i])));
}
