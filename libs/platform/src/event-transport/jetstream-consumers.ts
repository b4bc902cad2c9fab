import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { AckPolicy, ConsumerMessages, DeliverPolicy, JsMsg, nanos } from 'nats';
import { AppConfig } from '../config/app-config';
import { executeBound } from '../database/bound-sql';
import { DurableEventHandler, durableEventsHandledBy } from '../outbox/durable-event-handler';
import { deliverWave, HandlerRegistry } from '../outbox/outbox-delivery';
import { backoffSeconds } from '../outbox/outbox-relay';
import { NatsConnectionHolder, STREAM_RETENTION_MS } from './nats-connection';

const INBOX_TABLE = 'platform.inbox';
const decoder = new TextDecoder();
const INBOX_PRUNE_EVERY_MS = 3600 * 1000;

/** `RolesModule` → `roles`: the durable consumer's name, shared by every process running that module. */
export function consumerNameOf(moduleName: string): string {
  return moduleName.replace(/Module$/, '').replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

interface ModuleConsumer {
  name: string;
  registry: HandlerRegistry;
  messages?: ConsumerMessages;
  /** The event being applied: shutdown waits for it (not for a loop waiting on NATS). */
  applying?: Promise<void>;
}

/**
 * With EVENT_TRANSPORT=nats, each module that has @DurableEventHandlers reads the event stream
 * through its own durable JetStream consumer (named after the module, so two processes running the
 * same module share it). Ordering: `max_ack_pending: 1`, one event in flight per module, so a
 * module sees every aggregate's events in publish order (which is outbox order per aggregate).
 * Idempotence: an event applied by every handler of the module is recorded in `platform.inbox`
 * under (consumer, event id) before the ack; a redelivery of a recorded event is acked unseen. A
 * crash between a handler's commit and that record replays the event once more, which handlers
 * tolerate (they recompute from state), as with the in-process relay.
 */
@Injectable()
export class JetStreamConsumers implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(JetStreamConsumers.name);
  private readonly consumers: ModuleConsumer[] = [];
  private stopped = false;
  private pruning?: NodeJS.Timeout;

  constructor(
    private readonly nats: NatsConnectionHolder,
    private readonly discovery: DiscoveryService,
    private readonly orm: MikroORM,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const byModule = new Map<string, HandlerRegistry>();
    for (const wrapper of this.discovery.getProviders()) {
      const { instance, metatype, host } = wrapper;
      if (!instance || !metatype || !host) continue;
      const events = durableEventsHandledBy(metatype);
      if (events.length === 0) continue;
      const name = consumerNameOf(host.metatype.name);
      const registry = byModule.get(name) ?? new HandlerRegistry();
      registry.add(metatype.name, instance as DurableEventHandler, events);
      byModule.set(name, registry);
    }
    if (byModule.size > 0) {
      this.pruning = setInterval(() => void this.pruneInbox(), INBOX_PRUNE_EVERY_MS);
      this.pruning.unref();
    }
    for (const [name, registry] of byModule) {
      const consumer: ModuleConsumer = { name, registry };
      void this.run(consumer);
      this.consumers.push(consumer);
    }
  }

  consumerNames(): string[] {
    return this.consumers.map((c) => c.name);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.pruning) clearInterval(this.pruning);
    for (const consumer of this.consumers) consumer.messages?.stop();
    await Promise.all(this.consumers.map((c) => c.applying));
  }

  /** Keeps one module's consumer running; a lost subscription is reopened after a pause. */
  private async run(consumer: ModuleConsumer): Promise<void> {
    while (!this.stopped) {
      try {
        const { js, jsm } = await this.nats.jetstream();
        const stream = this.config.NATS_STREAM;
        await jsm.consumers.add(stream, {
          durable_name: consumer.name,
          ack_policy: AckPolicy.Explicit,
          deliver_policy: DeliverPolicy.All,
          filter_subject: this.nats.subjects.event('>'),
          max_ack_pending: 1,
          ack_wait: nanos(60_000),
        });
        if (this.stopped) return;
        consumer.messages = await (await js.consumers.get(stream, consumer.name)).consume({ max_messages: 1 });
        for await (const message of consumer.messages) {
          if (this.stopped) {
            // Handed back at once: left unacked it would hold the module's consumer for the whole ack wait.
            message.nak();
            break;
          }
          consumer.applying = this.apply(consumer, message);
          await consumer.applying;
        }
      } catch (error) {
        if (this.stopped) return;
        this.logger.warn(`consumer ${consumer.name}: ${(error as Error).message}`);
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  }

  private async apply(consumer: ModuleConsumer, message: JsMsg): Promise<void> {
    const type = this.nats.subjects.typeOf(message.subject);
    const eventId = message.headers?.get('event-id') ?? '';
    if (!eventId || consumer.registry.handlersOf([type]).length === 0 || (await this.seen(consumer.name, eventId))) {
      message.ack();
      return;
    }
    const payload = JSON.parse(decoder.decode(message.data)) as Record<string, unknown>;
    const [result] = await deliverWave(consumer.registry, [
      {
        id: String(message.seq),
        event_id: eventId,
        type,
        organization_id: message.headers?.get('organization-id') ?? '',
        aggregate_type: message.headers?.get('aggregate-type') ?? '',
        aggregate_id: message.headers?.get('aggregate-id') ?? '',
        payload,
        handled_by: [],
        attempts: message.info.redeliveryCount - 1,
      },
    ]);
    if (result.error) {
      this.logger.error(`consumer ${consumer.name}: event ${type}#${eventId} failed (delivery ${message.info.redeliveryCount}): ${result.error}`);
      message.nak(backoffSeconds(message.info.redeliveryCount) * 1000);
      return;
    }
    if (result.outcome) this.logger.warn(`consumer ${consumer.name}: event ${type}#${eventId} refused by a product rule: ${result.outcome}`);
    await executeBound(this.orm.em.fork(), `insert into ${INBOX_TABLE} (consumer, event_id, type) values (?, ?, ?) on conflict do nothing`, [consumer.name, eventId, type]);
    message.ack();
  }

  /** An event older than the stream's retention cannot be redelivered: its inbox row has served. */
  private async pruneInbox(): Promise<void> {
    const days = STREAM_RETENTION_MS / 86_400_000 + 1;
    await executeBound(this.orm.em.fork(), `delete from ${INBOX_TABLE} where handled_at < now() - make_interval(days => ?)`, [days]).catch((error: unknown) =>
      this.logger.warn(`inbox prune: ${(error as Error).message}`),
    );
  }

  private async seen(consumer: string, eventId: string): Promise<boolean> {
    const rows = await executeBound(this.orm.em.fork(), `select 1 from ${INBOX_TABLE} where consumer = ? and event_id = ?`, [consumer, eventId]);
    return rows.length > 0;
  }
}
