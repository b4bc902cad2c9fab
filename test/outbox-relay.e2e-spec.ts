import { Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { EventBus } from '@nestjs/cqrs';
import { MikroORM } from '@mikro-orm/postgresql';
import { DomainError, DurableEvent, DurableEventHandler, loadConfig, NotRetryable, OutboxRelay, PlatformModule, platformMigrations, TransactionRunner } from '@app/platform';
import { createTestDatabase, TestDatabase } from './support/test-database';

const ORG = '11111111-1111-4111-8111-111111111111';

@DurableEvent<ThingHappenedEvent>({ type: 'test.thing-happened.v1', aggregateType: 'thing', aggregateId: (e) => e.thingId })
class ThingHappenedEvent {
  constructor(
    readonly organizationId: string,
    readonly thingId: string,
    readonly seq: number,
  ) {}
}

/** A product rule refused the change: replaying the event would be refused the same way. */
@NotRetryable()
class ThingRefusedError extends DomainError {
  readonly code = 'thing_refused';
}

/** Records every delivery, and fails on demand, per process ("instance"). */
@Injectable()
class Journal {
  static delivered: { instance: string; thingId: string; seq: number }[] = [];
  static failNext: Record<string, number> = {};
  static refuse = new Set<string>();
  static batches: number[][] = [];
}

function handlerFor(instance: string) {
  @DurableEventHandler(ThingHappenedEvent)
  class RecordingHandler implements DurableEventHandler<ThingHappenedEvent> {
    async handle(event: ThingHappenedEvent): Promise<void> {
      const key = `${event.thingId}:${event.seq}`;
      if ((Journal.failNext[key] ?? 0) > 0) {
        Journal.failNext[key]--;
        throw new Error(`planned failure of ${key}`);
      }
      if (Journal.refuse.has(key)) throw new ThingRefusedError(`thing ${key} refused`);
      await new Promise((resolve) => setTimeout(resolve, 1));
      Journal.delivered.push({ instance, thingId: event.thingId, seq: event.seq });
    }
  }
  return RecordingHandler;
}

/** Works on sets: records the sequence numbers it received per call. */
@DurableEventHandler(ThingHappenedEvent)
class SetHandler implements DurableEventHandler<ThingHappenedEvent> {
  async handle(event: ThingHappenedEvent): Promise<void> {
    Journal.batches.push([event.seq]);
  }

  async handleBatch(events: ThingHappenedEvent[]): Promise<void> {
    Journal.batches.push(events.map((e) => e.seq));
  }
}

const running: { close(): Promise<void> }[] = [];

interface InstanceOptions {
  relayEnabled?: boolean;
  withSetHandler?: boolean;
  env?: Record<string, string>;
}

async function startInstance(database: TestDatabase, instance: string, { relayEnabled = false, withSetHandler = false, env = {} }: InstanceOptions = {}) {
  const config = loadConfig({ LOG_LEVEL: 'silent', OUTBOX_POLL_MS: '20', OUTBOX_RELAY_ENABLED: String(relayEnabled), ...env }, { DATABASE_URL: database.url });
  @Module({ providers: [handlerFor(instance), Journal, ...(withSetHandler ? [SetHandler] : [])] })
  class HandlersModule {}
  @Module({ imports: [PlatformModule.forRoot(config, { clientUrl: database.url, migrations: platformMigrations, migrateOnStart: true }), HandlersModule] })
  class RootModule {}
  const app = await NestFactory.createApplicationContext(RootModule, { logger: false });
  running.push(app);
  return app;
}

async function raise(app: Awaited<ReturnType<typeof startInstance>>, events: ThingHappenedEvent[]): Promise<void> {
  await app.get(TransactionRunner).run(async ({ raise }) => raise(...events));
}

describe('transactional outbox relay', () => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createTestDatabase();
    Journal.delivered = [];
    Journal.failNext = {};
    Journal.refuse = new Set();
    Journal.batches = [];
  });
  // A failed expectation must not leave pools open on a database about to be dropped.
  afterEach(async () => {
    await Promise.allSettled(running.splice(0).map((app) => app.close()));
    await database.drop();
  });

  it('an event raised in a rolled-back transaction is never delivered', async () => {
    const app = await startInstance(database, 'a');
    await expect(
      app.get(TransactionRunner).run(async ({ raise }) => {
        raise(new ThingHappenedEvent(ORG, 't1', 1));
        throw new Error('the command failed');
      }),
    ).rejects.toThrow('the command failed');
    await app.get(OutboxRelay).drain();
    expect(Journal.delivered).toEqual([]);
    await app.close();
  });

  it('delivers in order per aggregate and retries a failed handler without losing the order', async () => {
    const app = await startInstance(database, 'a');
    Journal.failNext['t1:2'] = 2;
    await raise(app, [1, 2, 3].map((seq) => new ThingHappenedEvent(ORG, 't1', seq)));
    await raise(app, [new ThingHappenedEvent(ORG, 't2', 1)]);
    await app.get(OutboxRelay).drain();
    const t1 = Journal.delivered.filter((d) => d.thingId === 't1').map((d) => d.seq);
    expect(t1).toEqual([1, 2, 3]);
    expect(Journal.delivered.filter((d) => d.thingId === 't2')).toHaveLength(1);
    const [row] = await app.get(MikroORM).em.getConnection().execute(`select attempts, last_error from platform.outbox_event where payload->>'seq' = '2'`);
    expect(row.attempts).toBe(2);
    expect(row.last_error).toContain('planned failure');
    await app.close();
  });

  it('events committed before a crash are delivered by the next process', async () => {
    const first = await startInstance(database, 'first');
    await raise(first, [new ThingHappenedEvent(ORG, 't1', 1), new ThingHappenedEvent(ORG, 't1', 2)]);
    await first.close();
    expect(Journal.delivered).toEqual([]);
    const second = await startInstance(database, 'second');
    await second.get(OutboxRelay).drain();
    expect(Journal.delivered).toEqual([
      { instance: 'second', thingId: 't1', seq: 1 },
      { instance: 'second', thingId: 't1', seq: 2 },
    ]);
    await second.close();
  });

  it('several instances on one database deliver each event exactly once between them, in order per aggregate', async () => {
    const a = await startInstance(database, 'a', { relayEnabled: true });
    const b = await startInstance(database, 'b', { relayEnabled: true });
    // Events of one aggregate come from one writer at a time (commands lock the aggregate's row);
    // the two instances write different aggregates concurrently, in several transactions each.
    const write = async (app: typeof a, things: string[], from: number) => {
      for (let batch = 0; batch < 3; batch++) {
        await raise(app, Array.from({ length: 10 }, (_, i) => new ThingHappenedEvent(ORG, things[i % 2], from + batch * 10 + i)));
      }
    };
    await Promise.all([write(a, ['t0', 't1'], 0), write(b, ['t2', 't3'], 30)]);
    await Promise.all([a.get(OutboxRelay).drain(), b.get(OutboxRelay).drain()]);
    expect(Journal.delivered).toHaveLength(60);
    expect(new Set(Journal.delivered.map((d) => d.seq)).size).toBe(60);
    for (const thing of ['t0', 't1', 't2', 't3']) {
      const seqs = Journal.delivered.filter((d) => d.thingId === thing).map((d) => d.seq);
      expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    }
    await Promise.all([a.close(), b.close()]);
  });

  it('a not-retryable refusal is recorded as the outcome and the aggregate moves on, without retries', async () => {
    const app = await startInstance(database, 'a');
    Journal.refuse.add('t1:2');
    await raise(app, [1, 2, 3].map((seq) => new ThingHappenedEvent(ORG, 't1', seq)));
    await app.get(OutboxRelay).drain();
    expect(Journal.delivered.map((d) => d.seq)).toEqual([1, 3]);
    const [row] = await app.get(MikroORM).em.getConnection().execute(
      `select attempts, outcome, last_error, delivered_at is not null as delivered, failed_at from platform.outbox_event where payload->>'seq' = '2'`,
    );
    expect(row).toMatchObject({ attempts: 0, delivered: true, failed_at: null, last_error: null });
    expect(row.outcome).toContain('ThingRefusedError: thing t1:2 refused');
  });

  it('parks an event after OUTBOX_MAX_ATTEMPTS; the rest of its aggregate and other aggregates are delivered', async () => {
    const app = await startInstance(database, 'a', { env: { OUTBOX_MAX_ATTEMPTS: '3' } });
    Journal.failNext['t1:1'] = 99;
    await raise(app, [new ThingHappenedEvent(ORG, 't1', 1), new ThingHappenedEvent(ORG, 't1', 2), new ThingHappenedEvent(ORG, 't2', 1)]);
    await app.get(OutboxRelay).drain();
    expect(Journal.delivered.map((d) => `${d.thingId}:${d.seq}`).sort()).toEqual(['t1:2', 't2:1']);
    const [row] = await app.get(MikroORM).em.getConnection().execute(
      `select attempts, failed_at is not null as parked from platform.outbox_event where payload->>'thingId' = 't1' and payload->>'seq' = '1'`,
    );
    expect(row).toEqual({ attempts: 3, parked: true });
  });

  it('an accidental in-process publish of a durable event reaches no durable handler', async () => {
    const app = await startInstance(database, 'a');
    app.get(EventBus).publish(new ThingHappenedEvent(ORG, 't1', 1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    await app.get(OutboxRelay).drain();
    expect(Journal.delivered).toEqual([]);
  });

  it('hands a batch handler many aggregates at once, each aggregate still in order', async () => {
    const app = await startInstance(database, 'a', { withSetHandler: true });
    await raise(app, Array.from({ length: 40 }, (_, i) => new ThingHappenedEvent(ORG, `t${i % 20}`, i)));
    await app.get(OutboxRelay).drain();
    const received = Journal.batches.flat();
    expect([...received].sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(Math.max(...Journal.batches.map((batch) => batch.length))).toBeGreaterThan(1);
    for (let thing = 0; thing < 20; thing++) {
      const seqs = received.filter((seq) => seq % 20 === thing);
      expect(seqs).toEqual([thing, thing + 20]);
    }
  });

  it("another instance's relay is woken by the commit (LISTEN/NOTIFY), not by its poll", async () => {
    const writer = await startInstance(database, 'writer');
    const relay = await startInstance(database, 'relay', { relayEnabled: true, env: { OUTBOX_POLL_MS: '3600000' } });
    // Once its listener is connected (and its catch-up round done), only a notification can wake it.
    const listening = async () =>
      (await writer.get(MikroORM).em.getConnection().execute(`select 1 from pg_stat_activity where datname = current_database() and query = 'listen platform_outbox'`)).length > 0;
    for (const until = Date.now() + 10_000; !(await listening()) && Date.now() < until; ) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await listening()).toBe(true);
    await relay.get(OutboxRelay).drain();
    await raise(writer, [new ThingHappenedEvent(ORG, 't1', 1)]);
    const deadline = Date.now() + 10_000;
    while (Journal.delivered.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(Journal.delivered).toEqual([{ instance: 'relay', thingId: 't1', seq: 1 }]);
  });

  it('an event inserted by plain SQL (any writer, not only the outbox writer) is delivered too', async () => {
    const app = await startInstance(database, 'a');
    await app.get(MikroORM).em.getConnection().execute(
      `insert into platform.outbox_event (event_id, organization_id, aggregate_type, aggregate_id, type, payload)
       values (gen_random_uuid(), ?, 'thing', 't9', 'test.thing-happened.v1', ?::jsonb)`,
      [ORG, JSON.stringify({ organizationId: ORG, thingId: 't9', seq: 1 })],
    );
    await app.get(OutboxRelay).drain();
    expect(Journal.delivered).toEqual([{ instance: 'a', thingId: 't9', seq: 1 }]);
  });
});
