import { GROUP_SCHEMA, LT_GROUP, ScimClient, TestApp, TestOrg, uniqueEmail } from '@app/testing';

describe('admin API: SCIM groups dashboard (docs/admin-api.md)', () => {
  let t: TestApp;
  let org: TestOrg;
  let scim: ScimClient;
  const admin = (path: string, token = org.adminToken) => t.http().get(`/api/v1${path}`).set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    t = await TestApp.start();
    org = await t.createOrg();
    scim = ScimClient.of(t, org);
    const auth = { Authorization: `Bearer ${org.adminToken}` };
    await t.http().patch('/api/v1/scim/settings').set(auth).send({ groupProvisioningEnabled: true });
    const users = [await scim.createUser(uniqueEmail('a')), await scim.createUser(uniqueEmail('b'))];
    await scim.post('/Groups', { schemas: [GROUP_SCHEMA], displayName: '  Team Rocket ', members: users.map((u) => ({ value: u.id })), [LT_GROUP]: { LambdatestRoles: ['Admin'] } });
    await scim.post('/Groups', { schemas: [GROUP_SCHEMA], displayName: 'Other' });
    // Rules run when a group's creation is delivered: these two are in before the rule exists.
    await t.drain();
    const rule = await t.http().post('/api/v1/scim/mapping-rules').set(auth).send({ name: 'teams', type: 'prefix', pattern: 'team', targetType: 'team', autoApprove: false, priority: 10, enabled: true });
    expect(rule.status).toBe(201);
    await scim.post('/Groups', { schemas: [GROUP_SCHEMA], displayName: 'Team Mapped', members: [{ value: users[0].id }] });
    await t.drain();
  });
  afterAll(() => t.stop());

  it('lists groups with member counts, roles and mapping summaries; search on the trimmed name; filter by mapping status', async () => {
    const all = await admin('/scim/groups');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(3);
    expect(all.body.items.find((g: { displayName: string }) => g.displayName.includes('Rocket'))).toMatchObject({ memberCount: 2, roles: ['Admin'], mappings: [] });
    expect((await admin('/scim/groups?search=rocket')).body.items.map((g: { memberCount: number }) => g.memberCount)).toEqual([2]);
    const pending = await admin('/scim/groups?mappingStatus=pending');
    expect(pending.body.items).toEqual([expect.objectContaining({ displayName: 'Team Mapped', mappings: [expect.objectContaining({ status: 'pending', targetType: 'team' })] })]);
    expect((await admin('/scim/groups?mappingStatus=approved')).body.total).toBe(0);
    expect((await admin('/scim/groups?mappingStatus=weird')).status).toBe(400);
  });

  it('group detail with paged members and their effective roles', async () => {
    const [rocket] = (await admin('/scim/groups?search=rocket')).body.items;
    const detail = await admin(`/scim/groups/${rocket.id}?pageSize=1`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ id: rocket.id, memberCount: 2, roles: ['Admin'], members: { page: 1, pageSize: 1, total: 2 } });
    expect(detail.body.members.items).toEqual([expect.objectContaining({ effectiveRole: 'Admin', userName: expect.stringContaining('@') })]);
    const other = await t.createOrg();
    expect((await admin(`/scim/groups/${rocket.id}`, other.adminToken)).status).toBe(404);
  });
});
