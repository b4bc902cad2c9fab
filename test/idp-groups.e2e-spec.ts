import { expectScimError, GROUP_SCHEMA, ScimClient, TestApp, TestOrg, uniqueEmail } from '@app/testing';

const ENTRA_GROUP = 'http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group';
const q = (filter: string) => encodeURIComponent(filter);
const ids = (group: { members?: { value: string }[] }) => (group.members ?? []).map((m) => m.value).sort();

describe('what real IdPs send for groups (IDP-TRAFFIC.md)', () => {
  let t: TestApp;
  let org: TestOrg;
  let scim: ScimClient;
  let alice: Record<string, any>;
  let bob: Record<string, any>;

  beforeAll(async () => {
    t = await TestApp.start();
    org = await t.createOrg('IdP groups');
    scim = ScimClient.of(t, org);
    await t.http().patch('/api/v1/scim/settings').set('Authorization', `Bearer ${org.adminToken}`).send({ groupProvisioningEnabled: true });
    alice = await scim.createUser(uniqueEmail('alice'));
    bob = await scim.createUser(uniqueEmail('bob'));
  });
  afterAll(() => t.stop());

  it('Entra ID: create with its own schema and no members, look-ups without members, PATCH rename and members (both dialects)', async () => {
    const created = await scim.post('/Groups', { schemas: [GROUP_SCHEMA, ENTRA_GROUP], externalId: 'entra-1', displayName: 'Entra Sales', meta: { resourceType: 'Group' } });
    expect(created.status).toBe(201);
    const id = created.body.id;
    const found = await scim.get(`/Groups?excludedAttributes=members&filter=${q('displayName eq "Entra Sales"')}`);
    expect(found.body.Resources).toEqual([expect.objectContaining({ id, displayName: 'Entra Sales' })]);
    expect(found.body.Resources[0].members).toBeUndefined();
    expect((await scim.get(`/Groups/${id}?excludedAttributes=members`)).body.members).toBeUndefined();

    expect((await scim.patch(`/Groups/${id}`, [{ op: 'Replace', path: 'displayName', value: 'Entra Sales EMEA' }])).status).toBe(200);
    await scim.patch(`/Groups/${id}`, [{ op: 'Add', path: 'members', value: [{ $ref: null, value: alice.id }, { $ref: null, value: bob.id }] }]);
    await scim.patch(`/Groups/${id}`, [{ op: 'Remove', path: 'members', value: [{ value: alice.id }] }]);
    await scim.patch(`/Groups/${id}?aadOptscim062020`, [{ op: 'remove', path: `members[value eq "${bob.id}"]` }]);
    const after = await scim.get(`/Groups/${id}`);
    expect(after.body.displayName).toBe('Entra Sales EMEA');
    expect(ids(after.body)).toEqual([]);
  });

  it('Okta: push with empty members, rename re-sent with every membership change, remove+add in one request, replace, delete', async () => {
    const listed = await scim.get('/Groups?startIndex=1&count=100');
    expect(listed.body).toMatchObject({ startIndex: 1, Resources: expect.any(Array) });
    const created = await scim.post('/Groups', { schemas: [GROUP_SCHEMA], displayName: 'Okta Eng', members: [] });
    expect(created.status).toBe(201);
    const id = created.body.id;
    await scim.patch(`/Groups/${id}`, [{ op: 'replace', value: { id, displayName: 'Okta Eng' } }, { op: 'add', path: 'members', value: [{ value: alice.id, display: alice.userName }] }]);
    const both = await scim.patch(`/Groups/${id}`, [
      { op: 'replace', value: { id, displayName: 'Okta Engineering' } },
      { op: 'remove', path: `members[value eq "${alice.id}"]` },
      { op: 'add', path: 'members', value: [{ value: bob.id, display: bob.userName }] },
    ]);
    expect(both.body.displayName).toBe('Okta Engineering');
    expect(ids(both.body)).toEqual([bob.id]);
    const replaced = await scim.patch(`/Groups/${id}`, [{ op: 'replace', path: 'members', value: [{ value: alice.id }, { value: bob.id }] }]);
    expect(ids(replaced.body)).toEqual([alice.id, bob.id].sort());
    expect((await scim.delete(`/Groups/${id}`)).status).toBe(204);
    expectScimError(await scim.get(`/Groups/${id}`), 404);
  });

  it('PingOne: pages to find groups, and after a 409 on POST looks the group up and merges members with PATCH', async () => {
    const first = await scim.post('/Groups', { schemas: [GROUP_SCHEMA], displayName: 'Ping Support', members: [{ value: alice.id }] });
    expect(first.status).toBe(201);
    const again = await scim.post('/Groups', { schemas: [GROUP_SCHEMA], displayName: 'Ping Support', members: [{ value: bob.id }] });
    expectScimError(again, 409, 'uniqueness');
    let found: { id: string } | undefined;
    for (let startIndex = 1; !found; startIndex += 2) {
      const page = await scim.get(`/Groups?startIndex=${startIndex}&count=2`);
      expect(page.status).toBe(200);
      found = page.body.Resources.find((g: { displayName: string }) => g.displayName === 'Ping Support');
      if (page.body.Resources.length === 0) break;
    }
    expect(found?.id).toBe(first.body.id);
    const merged = await scim.patch(`/Groups/${found!.id}`, [{ op: 'add', path: 'members', value: [{ value: bob.id }] }]);
    expect(ids(merged.body)).toEqual([alice.id, bob.id].sort());
  });

  it('UnboundID-style clients: full PUT with members', async () => {
    const created = (await scim.post('/Groups', { displayName: 'Unbound' })).body;
    const put = await scim.put(`/Groups/${created.id}`, { schemas: [GROUP_SCHEMA], id: created.id, displayName: 'Unbound', members: [{ value: alice.id, type: 'User' }] });
    expect(put.status).toBe(200);
    expect(ids(put.body)).toEqual([alice.id]);
  });
});
