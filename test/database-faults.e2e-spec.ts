import { ActivityRecorder } from '@app/activity-log';
import { freePort } from '@app/platform';
import { ERROR_SCHEMA, ScimClient, TestApp, TestOrg, uniqueEmail } from '@app/testing';
import { StallingTcpProxy } from './fault-injection/tcp-proxy';
import { SpawnedEntry, spawnEntry, waitUntilServing } from './fault-injection/spawn-ts';
import { createTestDatabase, TestDatabase } from './support/test-database';

/** Short bounds so the stall shows within seconds: the defaults are the same mechanism, scaled up. */
const FAULT_BOUNDS = {
  DB_POOL_MAX: '4',
  DB_CONNECT_TIMEOUT_MS: '500',
  DB_ACQUIRE_TIMEOUT_MS: '500',
  DB_STATEMENT_TIMEOUT_MS: '1000',
  DB_HEALTH_TIMEOUT_MS: '300',
};
/** Every bound above plus the read-timeout grace, with generous room for a loaded machine: what failed before was a hang of more than 90 s. */
const ANSWERED_WITHIN_MS = 20_000;
/** Starting a process that transpiles the app on a shared, busy machine. */
const PROCESS_TEST_TIMEOUT_MS = 180_000;

/** A proxy in front of the test run's PostgreSQL server. */
function proxyToPostgres(): Promise<StallingTcpProxy> {
  const url = new URL(process.env.TEST_PG_SERVER_URL as string);
  return StallingTcpProxy.start(url.hostname, Number(url.port));
}

function throughProxy(database: TestDatabase, proxy: StallingTcpProxy): TestDatabase {
  const url = new URL(database.url);
  url.host = `127.0.0.1:${proxy.port}`;
  return { ...database, url: url.toString() };
}

async function timed<T>(work: PromiseLike<T>): Promise<{ result: T; ms: number }> {
  const started = Date.now();
  const result = await work;
  return { result, ms: Date.now() - started };
}

describe('database faults: PostgreSQL stalls behind a TCP proxy, then comes back', () => {
  let proxy: StallingTcpProxy;
  let t: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    proxy = await proxyToPostgres();
    t = await TestApp.startOn(throughProxy(await createTestDatabase(), proxy), FAULT_BOUNDS);
    org = await t.createOrg();
  });
  afterAll(async () => {
    proxy.resume();
    await t.stop();
    await proxy.close();
  });

  it('during the stall, SCIM and admin requests fail fast with 503 and Retry-After in their own error shape, and readiness is down', async () => {
    const scim = ScimClient.of(t, org);
    expect((await scim.get('/Users')).status).toBe(200);
    proxy.pause();

    const scimCalls = Array.from({ length: 6 }, () => timed(scim.get('/Users')));
    const adminCalls = Array.from({ length: 3 }, () => timed(t.http().get('/api/v1/scim/settings').set('Authorization', `Bearer ${org.adminToken}`)));
    const ready = await timed(t.http().get('/health/ready'));
    const live = await t.http().get('/health/live');

    for (const { result, ms } of await Promise.all(scimCalls)) {
      expect({ status: result.status, body: result.body, retryAfter: result.headers['retry-after'] }).toEqual({
        status: 503,
        body: { schemas: [ERROR_SCHEMA], status: '503', detail: expect.any(String) },
        retryAfter: expect.stringMatching(/^\d+$/),
      });
      expect(result.headers['content-type']).toMatch(/application\/scim\+json/);
      expect(ms).toBeLessThan(ANSWERED_WITHIN_MS);
    }
    for (const { result, ms } of await Promise.all(adminCalls)) {
      expect({ status: result.status, body: result.body, retryAfter: result.headers['retry-after'] }).toEqual({
        status: 503,
        body: { statusCode: 503, error: 'Service Unavailable', message: expect.any(String), code: 'unavailable' },
        retryAfter: expect.stringMatching(/^\d+$/),
      });
      expect(ms).toBeLessThan(ANSWERED_WITHIN_MS);
    }
    expect(ready.result.status).toBe(503);
    expect(ready.result.body.error.database.status).toBe('down');
    expect(ready.ms).toBeLessThan(ANSWERED_WITHIN_MS);
    // Liveness stays up: restarting the process would not bring the database back.
    expect(live.status).toBe(200);
  });

  it('once traffic flows again, the same process recovers by itself: reads, writes and readiness', async () => {
    proxy.resume();
    const scim = ScimClient.of(t, org);
    // No restart and no waiting for a 60 s pool timeout: the stalled connections were discarded.
    const read = await timed(scim.get('/Users'));
    expect(read.result.status).toBe(200);
    expect(read.ms).toBeLessThan(ANSWERED_WITHIN_MS);
    expect((await scim.post('/Users', { userName: uniqueEmail('after-stall') })).status).toBe(201);
    expect((await t.http().get('/api/v1/scim/settings').set('Authorization', `Bearer ${org.adminToken}`)).status).toBe(200);
    expect((await t.http().get('/health/ready')).status).toBe(200);
  });

  it('the activity log keeps the requests answered during the stall: entries wait for the database instead of being dropped', async () => {
    await t.app.get(ActivityRecorder).flush();
    const activity = await t.http().get('/api/v1/scim/activity?pageSize=100').set('Authorization', `Bearer ${org.adminToken}`).expect(200);
    const unavailable = (activity.body.items as { status: number; path: string }[]).filter((entry) => entry.status === 503 && entry.path === '/scim/v2/Users');
    expect(unavailable).toHaveLength(6);
  });
});

describe('shutdown of the server process while PostgreSQL is stalled', () => {
  const SHUTDOWN_TIMEOUT_MS = 2000;
  let proxy: StallingTcpProxy;
  let database: TestDatabase;
  let org: TestOrg;

  beforeAll(async () => {
    proxy = await proxyToPostgres();
    database = await createTestDatabase();
    const setup = await TestApp.startOn(database);
    org = await setup.createOrg();
    await setup.app.close();
  });
  const spawned: SpawnedEntry[] = [];
  afterAll(async () => {
    for (const { child } of spawned) if (child.exitCode === null) child.kill('SIGKILL');
    proxy.resume();
    await proxy.close();
    await database.drop();
  });

  /** `npm start`'s entry point in its own process, its database traffic through the proxy. */
  async function startServer(env: Record<string, string>): Promise<{ server: SpawnedEntry; baseUrl: string }> {
    const port = await freePort();
    const server = spawnEntry('apps/api/src/main.ts', {
      DATABASE_URL: throughProxy(database, proxy).url,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      ...env,
    });
    spawned.push(server);
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitUntilServing(`${baseUrl}/health/ready`, 120_000, server);
    return { server, baseUrl };
  }

  it('SIGTERM ends the process within SHUTDOWN_TIMEOUT_MS even with a request stuck on the database', async () => {
    const { server, baseUrl } = await startServer({
      SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
      // Long enough that the stuck request cannot finish by itself before the deadline.
      DB_STATEMENT_TIMEOUT_MS: '60000',
      DB_ACQUIRE_TIMEOUT_MS: '60000',
    });

    proxy.pause();
    const stuck = fetch(`${baseUrl}/scim/v2/Users`, { headers: { Authorization: `Bearer ${org.scimToken}` } }).catch(() => undefined);
    await new Promise((r) => setTimeout(r, 300));
    const { result: exit, ms } = await timed((server.child.kill('SIGTERM'), server.exited));

    expect(exit.code).toBe(1);
    expect(ms).toBeLessThan(SHUTDOWN_TIMEOUT_MS + 5000);
    expect(server.output()).toContain('SHUTDOWN_TIMEOUT_MS');
    await stuck;
  }, PROCESS_TEST_TIMEOUT_MS);

  it('without a fault, SIGTERM shuts down gracefully (exit code 0)', async () => {
    proxy.resume();
    const { server } = await startServer({ SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS * 5) });
    server.child.kill('SIGTERM');
    expect((await server.exited).code).toBe(0);
  }, PROCESS_TEST_TIMEOUT_MS);
});
