import { Injectable } from '@nestjs/common';
import { headers } from 'nats';
import type { DeliveryResult, OutboxRow } from '../outbox/outbox-store';
import { NatsConnectionHolder } from './nats-connection';
import { isPublicEvent } from './event-contracts';

/** What the relay hands a wave to instead of the in-process handlers (EVENT_TRANSPORT=nats). */
export interface OutboxPublisher {
  /** False while the broker is unreachable: the relay then claims nothing and the outbox accumulates. */
  readonly ready: boolean;
  publishWave(rows: OutboxRow[]): Promise<DeliveryResult[]>;
}

export const OUTBOX_PUBLISHER = Symbol('OUTBOX_PUBLISHER');

const encoder = new TextEncoder();

/**
 * Publishes each committed event to JetStream with its outbox event id as message id (JetStream
 * drops a re-publish within the de-duplication window); the relay marks it delivered only after
 * the publish ack, so a crash or an outage between the two re-publishes, never loses.
 */
@Injectable()
export class JetStreamPublisher implements OutboxPublisher {
  constructor(private readonly nats: NatsConnectionHolder) {}

  get ready(): boolean {
    return this.nats.connected;
  }

  async publishWave(rows: OutboxRow[]): Promise<DeliveryResult[]> {
    const { js } = await this.nats.jetstream();
    return Promise.all(
      rows.map(async (row): Promise<DeliveryResult> => {
        const eventId = row.event_id ?? row.id;
        const h = headers();
        h.set('event-id', eventId);
        h.set('event-type', row.type);
        h.set('organization-id', row.organization_id);
        h.set('aggregate-type', row.aggregate_type);
        h.set('aggregate-id', row.aggregate_id);
        const data = encoder.encode(JSON.stringify(row.payload));
        try {
          await js.publish(this.nats.subjects.event(row.type), data, { msgID: eventId, headers: h });
          if (isPublicEvent(row.type)) await js.publish(this.nats.subjects.publicEvent(row.type), data, { msgID: `${eventId}.public`, headers: h });
          return { row, handledBy: [...row.handled_by, 'jetstream'] };
        } catch (error) {
          return { row, handledBy: [...row.handled_by], error: `jetstream: ${(error as Error).message}` };
        }
      }),
    );
  }
}
