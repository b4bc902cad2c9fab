import { expectScimError, GROUP_SCHEMA, JsonBody, LT_GROUP, outboxEvents, ScimClient, TestApp, TestOrg, uniqueEmail } from '@app/testing';

const ENTRA_GROUP = 'http://schemas.microsoft.com/2006/11/ResourceManagement/ADSCIM/2.0/Group';
const q = (filter: string) => encodeURIComponent(filter);
const ids = (group: { members?: { value: string }[] }) => (group.members ?? []).map((m) => m.value).sort();

/** The group traffic of each IdP in docs/idp-traffic.md, replayed in order against an organization of its own. */
describe('what real IdPs send for groups (docs/idp-traffic.md)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  /** A fresh organization with group provisioning on and two users. */
  async function idpOrg(name: string) {
    const org: TestOrg = await t.createOrg(name);
    const enabled = await t.http().patch('/api/v1/scim/settings').set('Authorization', `Bearer ${org.adminToken}`).send({ groupProvisioningEnabled: true });
    expect(enabled.status).toBe(200);
    const scim = ScimClient.of(t, org);
    return { org, scim, alice: await scim.createUser(uniqueEmail('alice')), bob: await scim.createUser(uniqueEmail('bob')) };
  }

  const groupEvents = async (groupId: string) =>
    (await outboxEvents(t)).filter((e) => e.payload.groupId === groupId).map((e) => [e.type.replace(/^scim-groups\.|\.v1$/g, ''), e.payload.userIds ? [...e.payload.userIds].sort() : e.payload.displayName]);

  describe('Microsoft Entra ID', () => {
    let scim: ScimClient;
    let alice: JsonBody;
    let bob: JsonBody;
    let id: string;

    beforeAll(async () => {
      ({ scim, alice, bob } = await idpOrg('Entra'));
    });

    it('looks a group up before creating it: an unknown name is an empty ListResponse, never 404', async () => {
      const response = await scim.get(`/Groups?excludedAttributes=members&filter=${q('displayName eq "3b0a2f53-0d6d-4b32-9d55-0f4a6f7c9c11"')}`);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ totalResults: 0, Resources: [] });
    });

    it('POST with its own schema, externalId and no members', async () => {
      const created = await scim.post('/Groups', { schemas: [GROUP_SCHEMA, ENTRA_GROUP], externalId: 'entra-1', displayName: 'Entra Sales', meta: { resourceType: 'Group' } });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ displayName: 'Entra Sales', externalId: 'entra-1', members: [] });
      id = created.body.id;
    });

    it('finds it by displayName and reads it, both without members', async () => {
      const found = await scim.get(`/Groups?excludedAttributes=members&filter=${q('displayName eq "Entra Sales"')}`);
      expect(found.body.Resources).toEqual([expect.objectContaining({ id, displayName: 'Entra Sales', externalId: 'entra-1' })]);
      expect(found.body.Resources[0].members).toBeUndefined();
      const read = await scim.get(`/Groups/${id}?excludedAttributes=members`);
      expect(read.status).toBe(200);
      expect(read.body.members).toBeUndefined();
      expect((await scim.get(`/Groups?filter=${q('externalId eq "entra-1"')}&excludedAttributes=members`)).body.totalResults).toBe(1);
    });

    it('PATCH Replace displayName, Add members with $ref null, Remove by value list, then the flag dialect', async () => {
      const renamed = await scim.patch(`/Groups/${id}`, [{ op: 'Replace', path: 'displayName', value: 'Entra Sales EMEA' }]);
      // 204 No Content: nothing was asked back (Entra accepts 200 or 204).
      expect(renamed.status).toBe(204);
      expect((await scim.get(`/Groups/${id}`)).body.displayName).toBe('Entra Sales EMEA');
      const added = await scim.patch(`/Groups/${id}`, [{ op: 'Add', path: 'members', value: [{ $ref: null, value: alice.id }, { $ref: null, value: bob.id }] }]);
      expect(added.status).toBe(204);
      expect(ids((await scim.get(`/Groups/${id}`)).body)).toEqual([alice.id, bob.id].sort());
      expect((await scim.patch(`/Groups/${id}`, [{ op: 'Remove', path: 'members', value: [{ value: alice.id }] }])).status).toBe(204);
      expect((await scim.patch(`/Groups/${id}?aadOptscim062020`, [{ op: 'remove', path: `members[value eq "${bob.id}"]` }])).status).toBe(204);
      const pathLess = await scim.patch(`/Groups/${id}?aadOptscim062020`, [{ op: 'replace', value: { displayName: 'Entra Sales EU', externalId: 'entra-1' } }]);
      expect(pathLess.status).toBe(204);
      expect((await scim.get(`/Groups/${id}`)).body.displayName).toBe('Entra Sales EU');
      expect(ids((await scim.get(`/Groups/${id}`)).body)).toEqual([]);
      expect(await groupEvents(id)).toEqual([
        ['group-created', 'Entra Sales'],
        ['group-renamed', 'Entra Sales EMEA'],
        ['group-members-added', [alice.id, bob.id].sort()],
        ['group-members-removed', [alice.id]],
        ['group-members-removed', [bob.id]],
        ['group-renamed', 'Entra Sales EU'],
      ]);
    });
  });

  describe('Okta', () => {
    let scim: ScimClient;
    let alice: JsonBody;
    let bob: JsonBody;
    let id: string;

    beforeAll(async () => {
      ({ scim, alice, bob } = await idpOrg('Okta'));
    });

    it('imports with startIndex=1&count=100: a full ListResponse even with zero groups', async () => {
      const listed = await scim.get('/Groups?startIndex=1&count=100').set('User-Agent', 'Okta SCIM Client 1.0.0');
      expect(listed.status).toBe(200);
      expect(listed.body).toEqual({ schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: 0, startIndex: 1, itemsPerPage: 0, Resources: [] });
    });

    it('pushes a group with empty members', async () => {
      const created = await scim.post('/Groups', { schemas: [GROUP_SCHEMA], displayName: 'Okta Eng', members: [] });
      expect(created.status).toBe(201);
      id = created.body.id;
    });

    it('re-sends the unchanged name with a membership change: no rename, no version bump for it, no event', async () => {
      const response = await scim.patch(`/Groups/${id}`, [
        { op: 'replace', value: { id, displayName: 'Okta Eng' } },
        { op: 'add', path: 'members', value: [{ value: alice.id, display: alice.userName }] },
      ]);
      expect(response.status).toBe(204);
      const read = (await scim.get(`/Groups/${id}`)).body;
      expect(ids(read)).toEqual([alice.id]);
      const nameOnly = await scim.patch(`/Groups/${id}`, [{ op: 'replace', value: { id, displayName: 'Okta Eng' } }]);
      expect(nameOnly.status).toBe(204);
      expect((await scim.get(`/Groups/${id}`)).body.meta.version).toBe(read.meta.version);
    });

    it('remove by value filter, add, and a rename in one request', async () => {
      const both = await scim.patch(`/Groups/${id}`, [
        { op: 'replace', value: { id, displayName: 'Okta Engineering' } },
        { op: 'remove', path: `members[value eq "${alice.id}"]` },
        { op: 'add', path: 'members', value: [{ value: bob.id, display: bob.userName }] },
      ]);
      expect(both.status).toBe(204);
      const read = (await scim.get(`/Groups/${id}`)).body;
      expect(read.displayName).toBe('Okta Engineering');
      expect(ids(read)).toEqual([bob.id]);
    });

    it('replaces the whole member list, then deletes (204, then 404)', async () => {
      const replaced = await scim.patch(`/Groups/${id}`, [{ op: 'replace', path: 'members', value: [{ value: alice.id }, { value: bob.id }] }]);
      expect(replaced.status).toBe(204);
      expect(ids((await scim.get(`/Groups/${id}`)).body)).toEqual([alice.id, bob.id].sort());
      expect((await scim.delete(`/Groups/${id}`)).status).toBe(204);
      expectScimError(await scim.get(`/Groups/${id}`), 404);
      expect(await groupEvents(id)).toEqual([
        ['group-created', 'Okta Eng'],
        ['group-members-added', [alice.id]],
        ['group-renamed', 'Okta Engineering'],
        ['group-members-removed', [alice.id]],
        ['group-members-added', [bob.id]],
        ['group-members-added', [alice.id]],
        ['group-deleted', 'Okta Engineering'],
      ]);
    });
  });

  describe('PingOne', () => {
    let scim: ScimClient;
    let alice: JsonBody;
    let bob: JsonBody;
    let id: string;

    beforeAll(async () => {
      ({ scim, alice, bob } = await idpOrg('PingOne'));
      for (const name of ['Ping A', 'Ping B', 'Ping C']) expect((await scim.post('/Groups', { schemas: [GROUP_SCHEMA], displayName: name })).status).toBe(201);
    });

    it('creates a group with members and LambdatestRoles', async () => {
      const created = await scim.post('/Groups', { schemas: [GROUP_SCHEMA, LT_GROUP], displayName: 'Ping Support', members: [{ value: alice.id }], [LT_GROUP]: { LambdatestRoles: ['User'] } });
      expect(created.status).toBe(201);
      id = created.body.id;
    });

    it('pages with startIndex/count to find groups', async () => {
      const seen: string[] = [];
      for (let startIndex = 1; ; startIndex += 2) {
        const page = await scim.get(`/Groups?startIndex=${startIndex}&count=2`);
        expect(page.status).toBe(200);
        expect(page.body).toMatchObject({ totalResults: 4, startIndex });
        if (page.body.Resources.length === 0) break;
        seen.push(...page.body.Resources.map((g: { displayName: string }) => g.displayName));
      }
      expect(seen.sort()).toEqual(['Ping A', 'Ping B', 'Ping C', 'Ping Support']);
    });

    it('after a 409 on POST (Merge) finds the group by displayName and adds members with PATCH', async () => {
      const again = await scim.post('/Groups', { schemas: [GROUP_SCHEMA], displayName: 'ping support', members: [{ value: bob.id }] });
      expectScimError(again, 409, 'uniqueness');
      const found = await scim.get(`/Groups?filter=${q('displayName eq "Ping Support"')}`);
      expect(found.body.Resources.map((g: { id: string }) => g.id)).toEqual([id]);
      const merged = await scim.patch(`/Groups/${id}`, [{ op: 'add', path: 'members', value: [{ value: bob.id }] }]);
      expect(merged.status).toBe(204);
      expect(ids((await scim.get(`/Groups/${id}`)).body)).toEqual([alice.id, bob.id].sort());
    });

    it('after a 409 on POST (Overwrite) replaces the member list with PUT', async () => {
      expectScimError(await scim.post('/Groups', { schemas: [GROUP_SCHEMA], displayName: 'Ping Support', members: [{ value: bob.id }] }), 409, 'uniqueness');
      const [found] = (await scim.get(`/Groups?filter=${q('displayName eq "Ping Support"')}&excludedAttributes=members`)).body.Resources;
      const put = await scim.put(`/Groups/${found.id}`, { schemas: [GROUP_SCHEMA, LT_GROUP], displayName: 'Ping Support', members: [{ value: bob.id }], [LT_GROUP]: { LambdatestRoles: ['User'] } });
      expect(put.status).toBe(200);
      expect(ids(put.body)).toEqual([bob.id]);
      expect((await groupEvents(id)).slice(-1)).toEqual([['group-members-removed', [alice.id]]]);
    });
  });

  describe('authentik and SDK-based clients', () => {
    let scim: ScimClient;
    let alice: JsonBody;
    let bob: JsonBody;

    beforeAll(async () => {
      ({ scim, alice, bob } = await idpOrg('Others'));
    });

    it('authentik: on a 409 falls back to a displayName filter, then adds members one PATCH at a time', async () => {
      const first = await scim.post('/Groups', { displayName: 'Authentik Ops' });
      expectScimError(await scim.post('/Groups', { displayName: 'Authentik Ops' }), 409, 'uniqueness');
      const [found] = (await scim.get(`/Groups?filter=${q('displayName eq "Authentik Ops"')}`)).body.Resources;
      expect(found.id).toBe(first.body.id);
      for (const user of [alice, bob]) expect((await scim.patch(`/Groups/${found.id}`, [{ op: 'add', path: 'members', value: [{ value: user.id }] }])).status).toBe(204);
      expect(ids((await scim.get(`/Groups/${found.id}`)).body)).toEqual([alice.id, bob.id].sort());
    });

    it('UnboundID-style: full PUT with members and their type', async () => {
      const created = (await scim.post('/Groups', { displayName: 'Unbound' })).body;
      const put = await scim.put(`/Groups/${created.id}`, { schemas: [GROUP_SCHEMA], id: created.id, displayName: 'Unbound', members: [{ value: alice.id, type: 'User' }] });
      expect(put.status).toBe(200);
      expect(ids(put.body)).toEqual([alice.id]);
    });
  });
});
