import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '../database/pg-array';
import { DurableEventBase, durableEventDefinition } from './durable-event';

export const OUTBOX_TABLE = 'platform.outbox_event';
export const OUTBOX_STREAM_TABLE = 'platform.outbox_stream';
/** The outbox triggers' NOTIFY fires only when the transaction commits: a relay woken by it always finds the events. */
export const OUTBOX_CHANNEL = 'platform_outbox';

/**
 * Inserts events in the caller's transaction: they commit or roll back with the state change.
 * Columns travel as arrays (one statement, six parameters, whatever the number of events), so a
 * command that raises thousands of events stays one round trip under PostgreSQL's parameter limit.
 * Triggers on the table open each aggregate's stream and notify the relays (see the streams migration).
 */
export async function writeToOutbox(em: EntityManager, events: readonly DurableEventBase[]): Promise<void> {
  if (events.length === 0) return;
  const columns: string[][] = [[], [], [], [], [], []];
  for (const event of events) {
    const definition = durableEventDefinition(event);
    const values = [randomUUID(), event.organizationId, definition.aggregateType, definition.aggregateId(event), definition.type, JSON.stringify(event)];
    values.forEach((value, i) => columns[i].push(value));
  }
  await em.execute(
    `insert into ${OUTBOX_TABLE} (event_id, organization_id, aggregate_type, aggregate_id, type, payload)
     select * from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[], ?::text[], ?::jsonb[])`,
    columns.map((column) => pgArray(column)),
  );
}
