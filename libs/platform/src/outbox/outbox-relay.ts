import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { IEventHandler } from '@nestjs/cqrs';
import { MikroORM } from '@mikro-orm/postgresql';
import { AppConfig } from '../config/app-config';
import { DurableEventBase, durableEventDefinition, reviveDurableEvent } from './durable-event';
import { pgArray } from '../database/pg-array';
import { OUTBOX_TABLE } from './outbox-writer';

/** Same constant as @nestjs/cqrs's EVENTS_HANDLER_METADATA: durable handlers are plain @EventsHandler classes. */
const EVENTS_HANDLER_METADATA = '__eventsHandler__';
/** One relay delivers at a time across every API instance sharing the database, which keeps per-aggregate order. */
const RELAY_LOCK_KEY = 7_262_001;
const BATCH_SIZE = 200;
const MAX_ATTEMPTS = 12;

interface RegisteredHandler {
  name: string;
  instance: IEventHandler<DurableEventBase>;
}

interface OutboxRow {
  id: string;
  type: string;
  aggregate_type: string;
  aggregate_id: string;
  payload: Record<string, unknown>;
  handled_by: string[];
  attempts: number;
  due: boolean;
}

export class OutboxDrainTimeoutError extends Error {}

/**
 * Delivers outbox events after commit to every @EventsHandler that declares them, at least once:
 * an event is marked delivered only after all its handlers succeeded, and a handler that already
 * succeeded is not called again when a sibling failed. Handlers must tolerate repeats anyway
 * (a crash between a handler's commit and the delivery mark replays it).
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly handlers = new Map<string, RegisteredHandler[]>();
  private running?: Promise<void>;
  private rerun = false;
  private stopped = false;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly orm: MikroORM,
    private readonly discovery: DiscoveryService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.registerHandlers();
    if (!this.config.OUTBOX_RELAY_ENABLED) return;
    this.timer = setInterval(() => this.schedule(), this.config.OUTBOX_POLL_MS);
    this.timer.unref();
    this.schedule();
  }

  /** Runs before the ORM closes its pool (onApplicationShutdown), so no delivery is cut off mid-transaction. */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Called after a commit that wrote events; coalesces bursts into one delivery loop. */
  schedule(): void {
    if (this.stopped || !this.config.OUTBOX_RELAY_ENABLED) return;
    if (this.running) {
      this.rerun = true;
      return;
    }
    this.running = this.deliverUntilIdle().finally(() => {
      this.running = undefined;
      if (this.rerun) {
        this.rerun = false;
        this.schedule();
      }
    });
  }

  /** Delivers everything pending now, including what handlers raise on the way (tests, CLI, reconcile). */
  async drain(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await this.running;
      const delivered = await this.deliverBatch();
      if (delivered === 0 && (await this.pendingCount()) === 0) return;
      if (Date.now() > deadline) {
        const [last] = await this.orm.em.fork().execute<{ type: string; last_error: string | null }[]>(
          `select type, last_error from ${OUTBOX_TABLE} where delivered_at is null and failed_at is null order by id limit 1`,
        );
        throw new OutboxDrainTimeoutError(`outbox not drained: ${last?.type} ${last?.last_error ?? ''}`);
      }
      if (delivered === 0) await new Promise((r) => setTimeout(r, 20));
    }
  }

  async pendingCount(): Promise<number> {
    const [row] = await this.orm.em
      .fork()
      .execute<{ n: string }[]>(`select count(*) as n from ${OUTBOX_TABLE} where delivered_at is null and failed_at is null`);
    return Number(row.n);
  }

  /** Seconds the oldest undelivered event has waited: the outbox lag. */
  async lagSeconds(): Promise<number> {
    const [row] = await this.orm.em.fork().execute<{ lag: string | null }[]>(
      `select extract(epoch from now() - min(occurred_at)) as lag from ${OUTBOX_TABLE} where delivered_at is null and failed_at is null`,
    );
    return Number(row.lag ?? 0);
  }

  private registerHandlers(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const { instance, metatype } = wrapper;
      if (!instance || !metatype) continue;
      const events = Reflect.getMetadata(EVENTS_HANDLER_METADATA, metatype) as Function[] | undefined;
      for (const eventClass of events ?? []) {
        const { type } = durableEventDefinition(eventClass as never);
        const list = this.handlers.get(type) ?? [];
        list.push({ name: metatype.name, instance: instance as IEventHandler<DurableEventBase> });
        this.handlers.set(type, list);
      }
    }
  }

  private async deliverUntilIdle(): Promise<void> {
    try {
      while (!this.stopped && (await this.deliverBatch()) > 0);
    } catch (error) {
      this.logger.error(`outbox relay failed: ${(error as Error).message}`);
    }
  }

  private async deliverBatch(): Promise<number> {
    return this.orm.em.fork().transactional(async (tx) => {
      const [{ locked }] = await tx.execute<{ locked: boolean }[]>('select pg_try_advisory_xact_lock(?) as locked', [RELAY_LOCK_KEY]);
      if (!locked) return 0;
      const rows = await tx.execute<OutboxRow[]>(
        `select id, type, aggregate_type, aggregate_id, payload, handled_by, attempts, next_attempt_at <= now() as due
           from ${OUTBOX_TABLE} where delivered_at is null and failed_at is null order by id limit ?`,
        [BATCH_SIZE],
      );
      const blockedAggregates = new Set<string>();
      let delivered = 0;
      for (const row of rows) {
        const aggregate = `${row.aggregate_type}:${row.aggregate_id}`;
        if (blockedAggregates.has(aggregate) || !row.due) {
          blockedAggregates.add(aggregate);
          continue;
        }
        const { handledBy, error } = await this.deliver(row);
        if (!error) {
          await tx.execute(`update ${OUTBOX_TABLE} set delivered_at = now(), handled_by = ?::text[] where id = ?`, [pgArray(handledBy), row.id]);
          delivered++;
          continue;
        }
        blockedAggregates.add(aggregate);
        const attempts = row.attempts + 1;
        this.logger.warn(`event ${row.type}#${row.id} failed (attempt ${attempts}): ${error}`);
        await tx.execute(
          `update ${OUTBOX_TABLE} set attempts = ?, handled_by = ?::text[], last_error = ?,
             next_attempt_at = now() + make_interval(secs => ?), failed_at = case when ? then now() end where id = ?`,
          [attempts, pgArray(handledBy), error, Math.min(2 ** attempts * 0.05, 300), attempts >= MAX_ATTEMPTS, row.id],
        );
      }
      return delivered;
    });
  }

  private async deliver(row: OutboxRow): Promise<{ handledBy: string[]; error?: string }> {
    const handledBy = [...row.handled_by];
    const event = reviveDurableEvent(row.type, row.payload);
    if (!event) return { handledBy, error: `unknown event type ${row.type}` };
    for (const handler of this.handlers.get(row.type) ?? []) {
      if (handledBy.includes(handler.name)) continue;
      try {
        await handler.instance.handle(event);
        handledBy.push(handler.name);
      } catch (error) {
        return { handledBy, error: `${handler.name}: ${(error as Error).stack ?? String(error)}`.slice(0, 4000) };
      }
    }
    return { handledBy };
  }
}
