import { GROUP_SCHEMA, JsonBody, LT_GROUP, LT_USER, ScimClient, TestApp, TestOrg, uniqueEmail } from '@app/testing';

describe('admin API: users (docs/admin-api.md)', () => {
  let t: TestApp;
  let org: TestOrg;
  let scim: ScimClient;
  let ada: JsonBody;
  let bob: JsonBody;
  let group: JsonBody;

  const admin = (path: string, token = org.adminToken) => t.http().get(`/api/v1${path}`).set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    t = await TestApp.start();
    org = await t.createOrg();
    scim = ScimClient.of(t, org);
    await t.http().patch('/api/v1/scim/settings').set('Authorization', `Bearer ${org.adminToken}`).send({ groupProvisioningEnabled: true });
    ada = await scim.createUser(uniqueEmail('ada'), { name: { givenName: 'Ada', familyName: 'Lovelace' } });
    bob = await scim.createUser(uniqueEmail('bob'), { name: { givenName: 'Bob', familyName: 'Builder' }, [LT_USER]: { OrganizationRole: 'Guest' } });
    group = (await scim.post('/Groups', { schemas: [GROUP_SCHEMA], displayName: 'Admins', members: [{ value: ada.id }], [LT_GROUP]: { LambdatestRoles: ['Admin'] } })).body;
    await scim.patch(`/Users/${bob.id}`, [{ op: 'replace', path: 'active', value: false }]);
    await t.drain();
  });
  afterAll(() => t.stop());

  it('lists users with their effective role; search by name, filter by active, role and group', async () => {
    const all = await admin('/users');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(2);
    expect(all.body.items.find((u: { id: string }) => u.id === ada.id)).toMatchObject({ userName: ada.userName, effectiveRole: 'Admin', active: true });
    expect((await admin('/users?search=lovel')).body.items.map((u: { id: string }) => u.id)).toEqual([ada.id]);
    expect((await admin('/users?active=false')).body.items.map((u: { id: string }) => u.id)).toEqual([bob.id]);
    expect((await admin('/users?role=Guest')).body.items.map((u: { id: string }) => u.id)).toEqual([bob.id]);
    expect((await admin(`/users?groupId=${group.id}`)).body.items.map((u: { id: string }) => u.id)).toEqual([ada.id]);
    expect((await admin('/users?role=Owner')).status).toBe(400);
  });

  it('user detail: effective role and where it comes from, groups, assignments', async () => {
    const detail = await admin(`/users/${ada.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({
      id: ada.id,
      effectiveRole: 'Admin',
      role: { decidedBy: 'groups', sources: { idpRole: null, manualRole: null } },
      groups: [{ groupId: group.id, displayName: 'Admins', roles: ['Admin'] }],
      assignments: { teams: [], concurrencyGroup: { name: 'Default', source: 'default' }, subOrganization: null },
    });
    const manual = await t.http().patch(`/api/v1/users/${bob.id}/role`).set('Authorization', `Bearer ${org.adminToken}`).send({ role: 'Admin' });
    expect(manual.status).toBe(200);
    const bobDetail = await admin(`/users/${bob.id}`);
    expect(bobDetail.body).toMatchObject({ effectiveRole: 'Guest', role: { decidedBy: 'idp', sources: { idpRole: 'Guest', manualRole: 'Admin' } } });
  });

  it('404 for an unknown id or another organization\'s user', async () => {
    const other = await t.createOrg();
    expect((await admin(`/users/${ada.id}`, other.adminToken)).status).toBe(404);
    expect((await admin('/users/not-a-uuid')).status).toBe(404);
    expect((await admin('/users', other.adminToken)).body.total).toBe(0);
  });
});
