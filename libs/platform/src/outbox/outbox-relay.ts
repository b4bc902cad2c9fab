import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy, Optional } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { AppConfig } from '../config/app-config';
import { DurableEventHandler, durableEventsHandledBy } from './durable-event-handler';
import { deliverWave, HandlerRegistry } from './outbox-delivery';
import { OutboxListener } from './outbox-listener';
import { DeliveryResult, OutboxRow, OutboxStore, PENDING, StreamRelease } from './outbox-store';
import { OUTBOX_TABLE } from './outbox-writer';
import { OUTBOX_PUBLISHER, type OutboxPublisher } from '../event-transport/jetstream-publisher';

/** A claim outlives a crashed relay by at most this long; a live relay renews it while handlers run. */
const LEASE_SECONDS = 30;
/** Consecutive events of one aggregate taken in one round: deep streams share rounds with shallow ones. */
const EVENTS_PER_STREAM = 20;
const MAX_BACKOFF_SECONDS = 300;

export class OutboxDrainTimeoutError extends Error {}

export function backoffSeconds(attempts: number): number {
  return Math.min(2 ** attempts * 0.05, MAX_BACKOFF_SECONDS);
}

/**
 * Delivers outbox events after commit to the @DurableEventHandler providers, at least once and in
 * order per aggregate. Fairness rule: each round claims up to OUTBOX_BATCH_SIZE aggregates with due
 * events, taking turns across organizations; an aggregate whose first event fails backs off on its
 * own while every other aggregate keeps flowing; after OUTBOX_MAX_ATTEMPTS the event is parked
 * (listed and re-drivable) and its aggregate moves on. No transaction spans a handler run: claims
 * are leases written by short statements, and each wave's results are recorded in one statement.
 * Handlers must tolerate repeats (a crash between a handler's commit and the record replays it).
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly registry = new HandlerRegistry();
  private readonly store: OutboxStore;
  private listener?: OutboxListener;
  private running?: Promise<void>;
  private rerun = false;
  private stopped = false;
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly orm: MikroORM,
    private readonly discovery: DiscoveryService,
    private readonly config: AppConfig,
    /** Set with EVENT_TRANSPORT=nats: events go to JetStream, whose per-module consumers run the handlers. */
    @Optional() @Inject(OUTBOX_PUBLISHER) private readonly publisher?: OutboxPublisher,
  ) {
    this.store = new OutboxStore(() => this.orm.em.fork());
  }

  onApplicationBootstrap(): void {
    this.registerHandlers();
    if (!this.config.OUTBOX_RELAY_ENABLED) return;
    this.timer = setInterval(() => this.schedule(), this.config.OUTBOX_POLL_MS);
    this.timer.unref();
    this.listener = new OutboxListener(this.orm.config.getClientUrl(), () => this.schedule());
    this.listener.start();
    this.schedule();
  }

  /** Runs before the ORM closes its pool (onApplicationShutdown), so no round is cut off midway. */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.listener?.stop();
    await this.running;
  }

  /** Called after a commit that wrote events, on NOTIFY and on each poll; coalesces bursts into one loop. */
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
      const attempted = await this.deliverRound();
      if (attempted === 0 && (await this.pendingCount()) === 0) return;
      if (Date.now() > deadline) {
        const [last] = await this.orm.em.fork().execute<{ type: string; last_error: string | null }[]>(
          `select type, last_error from ${OUTBOX_TABLE} where ${PENDING} order by id limit 1`,
        );
        throw new OutboxDrainTimeoutError(`outbox not drained: ${last?.type} ${last?.last_error ?? ''}`);
      }
      if (attempted === 0) await new Promise((r) => setTimeout(r, 20));
    }
  }

  async pendingCount(): Promise<number> {
    const [row] = await this.orm.em.fork().execute<{ n: string }[]>(`select count(*) as n from ${OUTBOX_TABLE} where ${PENDING}`);
    return Number(row.n);
  }

  /** Seconds the oldest undelivered event has waited: the outbox lag. */
  async lagSeconds(): Promise<number> {
    const [row] = await this.orm.em.fork().execute<{ lag: string | null }[]>(
      `select extract(epoch from now() - min(occurred_at)) as lag from ${OUTBOX_TABLE} where ${PENDING}`,
    );
    return Number(row.lag ?? 0);
  }

  private registerHandlers(): void {
    for (const { instance, metatype } of this.discovery.getProviders()) {
      if (!instance || !metatype) continue;
      const events = durableEventsHandledBy(metatype);
      if (events.length > 0) this.registry.add(metatype.name, instance as DurableEventHandler, events);
    }
  }

  private async deliverUntilIdle(): Promise<void> {
    try {
      while (!this.stopped && (await this.deliverRound()) > 0);
    } catch (error) {
      this.logger.error(`outbox relay failed: ${(error as Error).message}`);
    }
  }

  /** One round: claim streams fairly, deliver their events wave by wave, release the claims. Answers the events attempted. */
  private async deliverRound(): Promise<number> {
    if (this.publisher && !this.publisher.ready) return 0;
    const token = randomUUID();
    const streams = await this.store.claimStreams(token, this.config.OUTBOX_BATCH_SIZE, LEASE_SECONDS);
    if (streams.length === 0) return 0;
    const renewal = setInterval(() => void this.store.renewClaim(token, LEASE_SECONDS).catch(() => undefined), (LEASE_SECONDS * 1000) / 3);
    renewal.unref();
    const delays = new Map<string, number>();
    try {
      const queues = new Map<string, OutboxRow[]>();
      for (const row of await this.store.loadEvents(streams, EVENTS_PER_STREAM)) {
        const key = streamKey(row);
        queues.set(key, [...(queues.get(key) ?? []), row]);
      }
      let attempted = 0;
      for (let wave = 0; ; wave++) {
        const rows = [...queues].filter(([key]) => !delays.has(key)).flatMap(([, queue]) => (queue[wave] ? [queue[wave]] : []));
        if (rows.length === 0) return attempted;
        const results = this.publisher ? await this.publisher.publishWave(rows) : await deliverWave(this.registry, rows);
        await this.store.record(results, this.config.OUTBOX_MAX_ATTEMPTS);
        attempted += results.length;
        for (const result of results) this.afterDelivery(result, delays);
      }
    } finally {
      clearInterval(renewal);
      const releases: StreamRelease[] = streams.map((s) => ({ ...s, delaySeconds: delays.get(streamKey(s)) ?? 0 }));
      await this.store.releaseStreams(token, releases);
    }
  }

  /** A failed event stops its stream for this round: backing off, or moving on once it is parked. */
  private afterDelivery({ row, error, outcome }: DeliveryResult, delays: Map<string, number>): void {
    if (outcome) this.logger.warn(`event ${row.type}#${row.id} refused by a product rule: ${outcome}`);
    if (!error) return;
    const attempts = row.attempts + 1;
    const parked = attempts >= this.config.OUTBOX_MAX_ATTEMPTS;
    if (parked) this.logger.error(`event ${row.type}#${row.id} parked after ${attempts} attempts: ${error}`);
    else this.logger.warn(`event ${row.type}#${row.id} failed (attempt ${attempts}): ${error}`);
    delays.set(streamKey(row), parked ? 0 : backoffSeconds(attempts));
  }
}

function streamKey(stream: { aggregate_type: string; aggregate_id: string }): string {
  return `${stream.aggregate_type}\u0000${stream.aggregate_id}`;
}
