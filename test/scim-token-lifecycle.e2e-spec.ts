import { MikroORM } from '@mikro-orm/postgresql';
import { expectScimError, PLATFORM_SERVICE_TOKEN, SCIM, ScimClient, startSeparateInstance, TestApp, TestOrg } from '@app/testing';

const HOUR_MS = 3600_000;

const ok = async (client: ScimClient) => (await client.get('/Users')).status;

/** Polls a condition that another process makes true (a NOTIFY crossing to another instance), up to a bound far below the cache TTL. */
async function eventually(check: () => Promise<boolean>, boundMs = 2_000): Promise<boolean> {
  const deadline = Date.now() + boundMs;
  while (!(await check())) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 10));
  }
  return true;
}

function sql<R>(t: TestApp, query: string, params: unknown[] = []): Promise<R[]> {
  return t.app.get(MikroORM).em.getConnection().execute<R[]>(query, params);
}

describe('SCIM token rotation without downtime', () => {
  let t: TestApp;

  const admin = (org: TestOrg, method: 'get' | 'post' | 'delete', path: string) => t.http()[method](`/api/v1/scim${path}`).set('Authorization', `Bearer ${org.adminToken}`);

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  it('with overlap, the previous token keeps working until the grace period ends (24 h by default)', async () => {
    const org = await t.createOrg();
    const response = await admin(org, 'post', '/token').send({ overlap: true });
    expect(response.status).toBe(201);
    const graceEnds = new Date(response.body.previousTokenExpiresAt).getTime();
    expect(Math.abs(graceEnds - (Date.now() + 24 * HOUR_MS))).toBeLessThan(60_000);
    expect(await ok(new ScimClient(t, org.scimToken))).toBe(200);
    expect(await ok(new ScimClient(t, response.body.token))).toBe(200);

    const tokens = await admin(org, 'get', '/tokens').expect(200);
    expect(tokens.body).toMatchObject({ page: 1, total: 2 });
    expect(tokens.body.items.map((token: { id: string }) => token.id)[0]).toBe(response.body.id);
    expect(tokens.body.items[0]).toMatchObject({ expiresAt: null, prefix: response.body.prefix });
    expect(new Date(tokens.body.items[1].expiresAt).getTime()).toBe(graceEnds);
    expect(tokens.body.items[1].lastUsedAt).not.toBeNull();
    expect(JSON.stringify(tokens.body)).not.toContain(org.scimToken);
    expect(JSON.stringify(tokens.body)).not.toContain(response.body.token);
  });

  it('at most two live tokens: a second overlapping rotation revokes the oldest', async () => {
    const org = await t.createOrg();
    const second = (await admin(org, 'post', '/token').send({ overlap: true }).expect(201)).body.token;
    const third = (await admin(org, 'post', '/token').send({ overlap: true }).expect(201)).body.token;
    expect(await ok(new ScimClient(t, org.scimToken))).toBe(401);
    expect(await ok(new ScimClient(t, second))).toBe(200);
    expect(await ok(new ScimClient(t, third))).toBe(200);
    expect((await admin(org, 'get', '/tokens').expect(200)).body.total).toBe(2);
    await Promise.all([1, 2, 3].map(() => admin(org, 'post', '/token').send({ overlap: true }).expect(201)));
    const [{ live }] = await sql<{ live: string }>(t, `select count(*) as live from tenancy.scim_token where organization_id = ? and revoked_at is null`, [org.organizationId]);
    expect(Number(live)).toBe(2);
  });

  it('revoking one token ends the overlap at once; unknown and foreign token ids are 404', async () => {
    const org = await t.createOrg();
    const other = await t.createOrg();
    const rotated = (await admin(org, 'post', '/token').send({ overlap: true }).expect(201)).body;
    const previous = (await admin(org, 'get', '/tokens').expect(200)).body.items[1];
    await admin(org, 'delete', `/tokens/${previous.id}`).expect(204);
    expect(await ok(new ScimClient(t, org.scimToken))).toBe(401);
    expect(await ok(new ScimClient(t, rotated.token))).toBe(200);
    expect((await admin(other, 'delete', `/tokens/${rotated.id}`)).status).toBe(404);
    expect((await admin(org, 'delete', '/tokens/not-a-uuid')).body).toMatchObject({ statusCode: 404, code: 'not_found' });
    expect(await ok(new ScimClient(t, rotated.token))).toBe(200);
  });

  it('without overlap the old token stops at once; DELETE /token revokes every live token', async () => {
    const org = await t.createOrg();
    const rotated = (await admin(org, 'post', '/token').expect(201)).body;
    expect(rotated.previousTokenExpiresAt).toBeNull();
    expect(await ok(new ScimClient(t, org.scimToken))).toBe(401);
    const overlapping = (await admin(org, 'post', '/token').send({ overlap: true }).expect(201)).body;
    await admin(org, 'delete', '/token').expect(204);
    expect(await ok(new ScimClient(t, rotated.token))).toBe(401);
    expect(await ok(new ScimClient(t, overlapping.token))).toBe(401);
    expect((await admin(org, 'get', '/settings').expect(200)).body.token).toBeNull();
  });

  it('expiry is enforced: once the grace period is over the previous token is refused', async () => {
    const shortGrace = await startSeparateInstance(t.database, { SCIM_TOKEN_GRACE_HOURS: '0.0005' });
    try {
      const org = await t.createOrg();
      const rotated = (await shortGrace.http().post('/api/v1/scim/token').set('Authorization', `Bearer ${org.adminToken}`).send({ overlap: true }).expect(201)).body;
      const old = new ScimClient(shortGrace, org.scimToken);
      expect(await ok(old)).toBe(200);
      await new Promise((r) => setTimeout(r, Math.max(0, new Date(rotated.previousTokenExpiresAt).getTime() - Date.now()) + 50));
      expectScimError(await old.get('/Users'), 401);
      expectScimError(await new ScimClient(t, org.scimToken).get('/Users'), 401);
      expect(await ok(new ScimClient(shortGrace, rotated.token))).toBe(200);
      expect((await shortGrace.http().get('/api/v1/scim/tokens').set('Authorization', `Bearer ${org.adminToken}`)).body.total).toBe(1);
    } finally {
      await shortGrace.app.close();
    }
  });

  it('last use is recorded without a database write per request', async () => {
    const org = await t.createOrg();
    const client = ScimClient.of(t, org);
    expect(await ok(client)).toBe(200);
    const version = async () => (await sql<{ v: string; used: Date | null }>(t, `select xmin::text as v, last_used_at as used from tenancy.scim_token where organization_id = ?`, [org.organizationId]))[0];
    expect(await eventually(async () => (await version()).used !== null)).toBe(true);
    const before = await version();
    for (let i = 0; i < 20; i++) expect(await ok(client)).toBe(200);
    await new Promise((r) => setTimeout(r, 200));
    expect((await version()).v).toBe(before.v);
  });
});

describe('verified SCIM tokens cached per instance, invalidated across instances', () => {
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    a = await TestApp.start({ SCIM_TOKEN_CACHE_TTL_SECONDS: '3600' });
    b = await startSeparateInstance(a.database, { SCIM_TOKEN_CACHE_TTL_SECONDS: '3600' });
  });
  afterAll(async () => {
    await b.app.close();
    await a.stop();
  });

  it('instance B serves a token from its cache (a change behind its back goes unnoticed until notified)', async () => {
    const org = await a.createOrg();
    const onB = new ScimClient(b, org.scimToken);
    expect(await ok(onB)).toBe(200);
    // Revoked by hand, without the NOTIFY the application sends: B does not look again, A has never cached it.
    await sql(a, `update tenancy.scim_token set revoked_at = now() where organization_id = ?`, [org.organizationId]);
    expect(await ok(onB)).toBe(200);
    expect(await ok(new ScimClient(a, org.scimToken))).toBe(401);
    await sql(a, `select pg_notify('tenancy_scim_token_changes', ?)`, [org.organizationId]);
    expect(await eventually(async () => (await ok(onB)) === 401)).toBe(true);
  });

  it('rotation in instance A: the old token fails in instance B at once, the new one works there', async () => {
    const org = await a.createOrg();
    const onB = new ScimClient(b, org.scimToken);
    expect(await ok(onB)).toBe(200);
    expect(await ok(onB)).toBe(200);
    const rotated = (await a.http().post('/api/v1/scim/token').set('Authorization', `Bearer ${org.adminToken}`).expect(201)).body;
    expect(await eventually(async () => (await ok(onB)) === 401)).toBe(true);
    expect(await ok(new ScimClient(b, rotated.token))).toBe(200);
  });

  it('revocation, organization disable and delete in A reach B as well', async () => {
    const org = await a.createOrg();
    const onB = new ScimClient(b, org.scimToken);
    expect(await ok(onB)).toBe(200);
    await a.http().post(`/internal/organizations/${org.organizationId}/disable`).set('Authorization', `Bearer ${PLATFORM_SERVICE_TOKEN}`).expect(200);
    expect(await eventually(async () => (await ok(onB)) === 403)).toBe(true);
    await a.http().post(`/internal/organizations/${org.organizationId}/enable`).set('Authorization', `Bearer ${PLATFORM_SERVICE_TOKEN}`).expect(200);
    expect(await eventually(async () => (await ok(onB)) === 200)).toBe(true);
    await a.http().delete('/api/v1/scim/token').set('Authorization', `Bearer ${org.adminToken}`).expect(204);
    expect(await eventually(async () => (await ok(onB)) === 401)).toBe(true);

    const deleted = await a.createOrg();
    const deletedOnB = new ScimClient(b, deleted.scimToken);
    expect(await ok(deletedOnB)).toBe(200);
    await a.http().delete(`/internal/organizations/${deleted.organizationId}`).set('Authorization', `Bearer ${PLATFORM_SERVICE_TOKEN}`).expect(204);
    expect(await eventually(async () => (await ok(deletedOnB)) === 401)).toBe(true);
  });
  it('when the listening connection dies, the cache is off (nothing stale is served) until it has reconnected', async () => {
    const listeners = async () =>
      Number((await sql<{ n: string }>(a, `select count(*) as n from pg_stat_activity where datname = current_database() and application_name = 'scim-token-changes-listener'`))[0].n);
    expect(await listeners()).toBe(2);
    const org = await a.createOrg();
    const onB = new ScimClient(b, org.scimToken);
    expect(await ok(onB)).toBe(200);
    await sql(a, `select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and application_name = 'scim-token-changes-listener'`);
    // Revoked by hand, without NOTIFY: only a cache that turned itself off can notice.
    await sql(a, `update tenancy.scim_token set revoked_at = now() where organization_id = ?`, [org.organizationId]);
    expect(await eventually(async () => (await ok(onB)) === 401)).toBe(true);
    expect(await eventually(async () => (await listeners()) === 2, 10_000)).toBe(true);

    const after = await a.createOrg();
    const afterOnB = new ScimClient(b, after.scimToken);
    expect(await ok(afterOnB)).toBe(200);
    await a.http().post('/api/v1/scim/token').set('Authorization', `Bearer ${after.adminToken}`).expect(201);
    expect(await eventually(async () => (await ok(afterOnB)) === 401)).toBe(true);
  });
});

describe('SCIM discovery and credentials', () => {
  let t: TestApp;
  let org: TestOrg;
  const DISCOVERY = ['/ServiceProviderConfig', '/Schemas', '/ResourceTypes', '/ResourceTypes/User', '/Schemas/urn:ietf:params:scim:schemas:core:2.0:User'];

  beforeAll(async () => {
    t = await TestApp.start();
    org = await t.createOrg();
  });
  afterAll(() => t.stop());

  it('answers without a token and with a valid one', async () => {
    for (const path of DISCOVERY) {
      expect((await t.http().get(SCIM + path)).status).toBe(200);
      expect((await t.http().get(SCIM + path).set('Authorization', `Bearer ${org.scimToken}`)).status).toBe(200);
    }
  });

  it('a request carrying an invalid token gets 401, so an IdP Test Connection with a wrong token fails', async () => {
    for (const path of DISCOVERY) {
      const response = await t.http().get(SCIM + path).set('Authorization', 'Bearer scim_wrong-token');
      expectScimError(response, 401);
      expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
    }
    expectScimError(await t.http().get(`${SCIM}/ServiceProviderConfig`).set('Authorization', 'Basic dXNlcjpwYXNz'), 401);
    const revoked = await t.createOrg();
    await t.http().delete('/api/v1/scim/token').set('Authorization', `Bearer ${revoked.adminToken}`).expect(204);
    expectScimError(await t.http().get(`${SCIM}/ServiceProviderConfig`).set('Authorization', `Bearer ${revoked.scimToken}`), 401);
  });
});
