import { Client } from 'pg';
import { OutboxRelay, TransactionRunner } from '@app/platform';
import { UserProvisionedEvent } from '@app/scim-users';
import { ScimClient, seedUsers, TestApp } from '@app/testing';

interface Sample {
  pid: number;
  xact_start: string;
  progress: string;
}

describe('outbox relay under a big backlog', () => {
  let t: TestApp;
  let observer: Client;

  beforeAll(async () => {
    t = await TestApp.start({ DB_POOL_MAX: '2' });
    observer = new Client({ connectionString: t.database.url });
    await observer.connect();
  });
  afterAll(async () => {
    await observer.end();
    await t.stop();
  });

  it('with a pool of two connections, requests are served throughout, and no transaction spans many deliveries', async () => {
    const org = await t.createOrg();
    const scim = ScimClient.of(t, org);
    const userIds = await seedUsers(t, org.organizationId, 1500, 'backlog');
    await t.app
      .get(TransactionRunner)
      .run(async ({ raise }) => raise(...userIds.map((id) => new UserProvisionedEvent(org.organizationId, id, `${id}@seed.test`, true, null, null, false))));

    // Deliveries are counted by their committed effect (a role row per user); every open
    // transaction of the application is watched for how many deliveries it outlives.
    const spans = new Map<string, { first: number; last: number }>();
    let served = 0;
    while (served < 30) {
      const response = await scim.get('/Users?count=1');
      expect(response.status).toBe(200);
      served++;
      const { rows } = await observer.query<Sample>(
        `select a.pid, a.xact_start::text, (select count(*) from roles.user_role where organization_id = $1) as progress
           from pg_stat_activity a where a.datname = current_database() and a.pid <> pg_backend_pid() and a.xact_start is not null`,
        [org.organizationId],
      );
      for (const sample of rows) {
        const key = `${sample.pid}@${sample.xact_start}`;
        const span = spans.get(key) ?? { first: Number(sample.progress), last: Number(sample.progress) };
        span.last = Number(sample.progress);
        spans.set(key, span);
      }
    }
    // Still delivering: the 30 requests were served while the backlog was there.
    expect(await t.app.get(OutboxRelay).pendingCount()).toBeGreaterThan(0);
    const longest = Math.max(0, ...[...spans.values()].map((span) => span.last - span.first));
    expect(longest).toBeLessThan(10);

    await t.app.get(OutboxRelay).drain(120_000);
    const [{ n }] = (await observer.query<{ n: string }>(`select count(*) as n from roles.user_role where organization_id = $1`, [org.organizationId])).rows;
    expect(Number(n)).toBe(1500);
  }, 180_000);
});
