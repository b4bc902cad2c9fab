import { Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MikroORM } from '@mikro-orm/postgresql';
import { DurableEvent, DurableEventHandler, loadConfig, OutboxRelay, PlatformModule, platformMigrations, TransactionRunner } from '@app/platform';
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

/** Records every delivery, and fails on demand, per process ("instance"). */
@Injectable()
class Journal {
  static delivered: { instance: string; thingId: string; seq: number }[] = [];
  static failNext: Record<string, number> = {};
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
      await new Promise((resolve) => setTimeout(resolve, 1));
      Journal.delivered.push({ instance, thingId: event.thingId, seq: event.seq });
    }
  }
  return RecordingHandler;
}

const running: { close(): Promise<void> }[] = [];

async function startInstance(database: TestDatabase, instance: string, relayEnabled = false) {
  const config = loadConfig({ LOG_LEVEL: 'silent', OUTBOX_POLL_MS: '20', OUTBOX_RELAY_ENABLED: String(relayEnabled) }, { DATABASE_URL: database.url });
  @Module({ providers: [handlerFor(instance), Journal] })
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
    const a = await startInstance(database, 'a', true);
    const b = await startInstance(database, 'b', true);
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
});
