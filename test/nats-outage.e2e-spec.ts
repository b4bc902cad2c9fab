import { MikroORM } from '@mikro-orm/postgresql';
import { OutboxRelay } from '@app/platform';
import { consumersIdle, hasNatsServerBinary, natsEnv, PrivateNats, ScimClient, startNatsServer, TestApp, TestOrg } from '@app/testing';

const canRunOwnServer = hasNatsServerBinary();
if (!canRunOwnServer) {
  // eslint-disable-next-line no-console -- the run must say why this spec did not run
  console.log('NATS outage spec skipped: it stops and restarts a server of its own, and no nats-server is on the PATH');
}

(canRunOwnServer ? describe : describe.skip)('EVENT_TRANSPORT=nats while NATS is down', () => {
  let nats: PrivateNats;
  let t: TestApp;
  let org: TestOrg;

  const sql = async <R = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<R[]> => (await t.app.get(MikroORM).em.getConnection().execute(query, params)) as R[];
  const stream = () => t.config.NATS_STREAM;

  beforeAll(async () => {
    nats = await startNatsServer();
    // The whole application in one process, every module reading through its JetStream consumer.
    t = await TestApp.start(natsEnv(nats.url));
    org = await t.createOrg('Outage');
  });
  afterAll(async () => {
    await t?.stop();
    await nats?.stop();
  });

  it('the outbox keeps the events, nothing is parked, and delivery resumes by itself once NATS is back', async () => {
    await nats.pause();
    const user = (await ScimClient.of(t, org).createUser('frank@outage.test')).id as string;
    await new Promise((r) => setTimeout(r, 1500));
    const [held] = await sql<{ pending: string; parked: string }>(
      `select count(*) filter (where delivered_at is null and failed_at is null) as pending, count(*) filter (where failed_at is not null) as parked from platform.outbox_event`,
    );
    expect(Number(held.pending)).toBeGreaterThan(0);
    expect(Number(held.parked)).toBe(0);
    expect(await sql(`select 1 from roles.user_role where user_id = ?`, [user])).toHaveLength(0);

    await nats.resume();
    for (let idle = 0, round = 0; idle < 2; round++) {
      if (round > 600) throw new Error('did not resume');
      const quiet = (await t.app.get(OutboxRelay).pendingCount()) === 0 && (await consumersIdle(nats.url, stream()).catch(() => false));
      idle = quiet ? idle + 1 : 0;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await sql(`select effective_role from roles.user_role where user_id = ?`, [user])).toEqual([{ effective_role: 'User' }]);
  });
});
