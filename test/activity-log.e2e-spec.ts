import { MikroORM } from '@mikro-orm/postgresql';
import { ActivityRecorder } from '@app/activity-log';
import { ScimClient, TestApp, TestOrg, uniqueEmail } from '@app/testing';

describe('provisioning activity log (docs/activity-log.md)', () => {
  let t: TestApp;
  let org: TestOrg;
  let scim: ScimClient;

  beforeAll(async () => {
    t = await TestApp.start();
    org = await t.createOrg();
    scim = ScimClient.of(t, org);
  });
  afterAll(() => t.stop());

  const activity = async (query = '', adminToken = org.adminToken) => {
    await t.app.get(ActivityRecorder).flush();
    return t.http().get(`/api/v1/scim/activity${query}`).set('Authorization', `Bearer ${adminToken}`);
  };

  it('records every SCIM request with who, what and the outcome, newest first, and never a token', async () => {
    const user = await scim.createUser(uniqueEmail('logged'));
    await scim.post('/Users', { userName: user.userName });
    await scim.get(`/Users/${user.id}?attributes=userName`);
    const response = await activity();
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ page: 1, pageSize: 50, total: 3 });
    const [get, conflict, created] = response.body.items;
    expect(created).toMatchObject({ method: 'POST', path: '/scim/v2/Users', resourceType: 'Users', status: 201, outcome: 'success', scimType: null, tokenId: expect.any(String) });
    expect(conflict).toMatchObject({ method: 'POST', status: 409, outcome: 'failure', scimType: 'uniqueness' });
    expect(get).toMatchObject({ method: 'GET', path: `/scim/v2/Users/${user.id}`, resourceType: 'Users', resourceId: user.id, status: 200 });
    expect(JSON.stringify(response.body)).not.toContain(org.scimToken);
  });

  it('filters by outcome, method and resource, and pages', async () => {
    expect((await activity('?outcome=failure')).body.items.every((i: { status: number }) => i.status >= 400)).toBe(true);
    expect((await activity('?method=post&pageSize=1')).body).toMatchObject({ pageSize: 1, total: 2, items: [expect.objectContaining({ method: 'POST' })] });
    const invalid = await activity('?outcome=maybe');
    expect(invalid.status).toBe(400);
  });

  it('prunes entries older than the retention period', async () => {
    // Test seeding: an entry from long ago, as if recorded 400 days back.
    await t.app.get(MikroORM).em.getConnection().execute(
      `insert into activity_log.scim_request (organization_id, occurred_at, method, path, status, duration_ms, request_id)
       values (?, now() - interval '400 days', 'GET', '/scim/v2/Users', 200, 1, 'old')`,
      [org.organizationId],
    );
    expect(await t.app.get(ActivityRecorder).prune()).toBe(1);
    expect((await activity()).body.items.some((i: { requestId: string }) => i.requestId === 'old')).toBe(false);
  });

  it("an organization sees only its own requests; unauthenticated ones belong to nobody", async () => {
    const other = await t.createOrg();
    await t.http().get('/scim/v2/Users');
    expect((await activity('', other.adminToken)).body.total).toBe(0);
  });
});
