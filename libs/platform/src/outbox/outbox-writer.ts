import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DurableEventBase, durableEventDefinition } from './durable-event';

export const OUTBOX_TABLE = 'platform.outbox_event';

/** Inserts events in the caller's transaction: they commit or roll back with the state change. */
export async function writeToOutbox(em: EntityManager, events: readonly DurableEventBase[]): Promise<void> {
  if (events.length === 0) return;
  const values: unknown[] = [];
  const rows = events.map((event) => {
    const definition = durableEventDefinition(event);
    values.push(randomUUID(), event.organizationId, definition.aggregateType, definition.aggregateId(event), definition.type, JSON.stringify(event));
    return '(?, ?, ?, ?, ?, ?::jsonb)';
  });
  await em.execute(
    `insert into ${OUTBOX_TABLE} (event_id, organization_id, aggregate_type, aggregate_id, type, payload) values ${rows.join(', ')}`,
    values,
  );
}
