import { expectScimError, LT_USER, ScimClient, TestApp, TestOrg, uniqueEmail, USER_SCHEMA } from '@app/testing';

describe('SCIM Users (docs/scim-users.md)', () => {
  let t: TestApp;
  let org: TestOrg;
  let scim: ScimClient;

  beforeAll(async () => {
    t = await TestApp.start();
    org = await t.createOrg();
    scim = ScimClient.of(t, org);
  });
  afterAll(() => t.stop());

  describe('create', () => {
    it('201 with Location, ETag, meta and the stored attributes', async () => {
      const userName = uniqueEmail('jane');
      const response = await scim.post('/Users', {
        schemas: [USER_SCHEMA, LT_USER],
        userName,
        externalId: 'ext-1',
        name: { givenName: 'Jane', familyName: 'Doe', formatted: 'Jane Doe' },
        displayName: 'Jane D',
        emails: [{ value: userName, type: 'work', primary: true }],
        active: true,
        [LT_USER]: { OrganizationRole: 'Admin', LambdatestGroup: 'Default' },
      });
      expect(response.status).toBe(201);
      expect(response.headers['content-type']).toMatch(/^application\/scim\+json/);
      const id = response.body.id;
      expect(response.headers.location).toBe(`http://scim.test/scim/v2/Users/${id}`);
      expect(response.headers.etag).toBe('W/"1"');
      expect(response.body).toMatchObject({
        schemas: expect.arrayContaining([USER_SCHEMA, LT_USER]),
        userName,
        externalId: 'ext-1',
        name: { givenName: 'Jane', familyName: 'Doe', formatted: 'Jane Doe' },
        displayName: 'Jane D',
        active: true,
        emails: [{ value: userName, type: 'work', primary: true }],
        [LT_USER]: { OrganizationRole: 'Admin', LambdatestGroup: 'Default' },
        meta: { resourceType: 'User', location: `http://scim.test/scim/v2/Users/${id}`, version: 'W/"1"' },
      });
      expect(new Date(response.body.meta.created).getTime()).not.toBeNaN();
      const fetched = await scim.get(`/Users/${id}`);
      expect(fetched.status).toBe(200);
      expect(fetched.body).toEqual(response.body);
    });

    it('requires userName, as an email address', async () => {
      expectScimError(await scim.post('/Users', { schemas: [USER_SCHEMA], name: { givenName: 'X' } }), 400, 'invalidValue');
      expectScimError(await scim.post('/Users', { schemas: [USER_SCHEMA], userName: 'not-an-email' }), 400, 'invalidValue');
    });

    it('409 uniqueness for a userName already provisioned in the organization, whatever its case', async () => {
      const userName = uniqueEmail('dup');
      await scim.createUser(userName);
      expectScimError(await scim.post('/Users', { schemas: [USER_SCHEMA], userName: userName.toUpperCase() }), 409, 'uniqueness');
    });

    it('400 for an email of another organization, revealing nothing about it', async () => {
      const other = await t.createOrg('Other Corp');
      const userName = uniqueEmail('shared');
      await ScimClient.of(t, other).createUser(userName);
      const response = await scim.post('/Users', { schemas: [USER_SCHEMA], userName });
      expectScimError(response, 400);
      expect(response.body.detail).toMatch(/can invite the user/i);
      expect(response.body.detail).not.toContain('Other Corp');
      expect(response.body.detail).not.toContain(other.organizationId);
    });

    it('adopts an account the admin invited by hand: 201 with its existing id', async () => {
      const email = uniqueEmail('invited');
      const invited = await t.http().post('/api/v1/users').set('Authorization', `Bearer ${org.adminToken}`).send({ email });
      expect(invited.status).toBe(201);
      expect(invited.body.scimManaged).toBe(false);
      const adopted = await scim.post('/Users', { schemas: [USER_SCHEMA], userName: email, name: { givenName: 'In', familyName: 'Vited' } });
      expect(adopted.status).toBe(201);
      expect(adopted.body.id).toBe(invited.body.id);
      expect(adopted.body.name).toEqual({ givenName: 'In', familyName: 'Vited' });
      const detail = await t.http().get(`/api/v1/users/${invited.body.id}`).set('Authorization', `Bearer ${org.adminToken}`);
      expect(detail.body).toMatchObject({ scimManaged: true, givenName: 'In' });
      expectScimError(await scim.post('/Users', { schemas: [USER_SCHEMA], userName: email }), 409, 'uniqueness');
    });

    it('concurrent creates of one userName: exactly one succeeds', async () => {
      const userName = uniqueEmail('race');
      const responses = await Promise.all(Array.from({ length: 8 }, () => scim.post('/Users', { schemas: [USER_SCHEMA], userName })));
      expect(responses.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
      const list = await scim.get(`/Users?filter=${encodeURIComponent(`userName eq "${userName}"`)}`);
      expect(list.body.totalResults).toBe(1);
    });

    it('validates OrganizationRole and stores it in canonical case', async () => {
      expectScimError(await scim.post('/Users', { userName: uniqueEmail(), [LT_USER]: { OrganizationRole: 'Owner' } }), 400, 'invalidValue');
      const created = await scim.createUser(uniqueEmail(), { [LT_USER]: { OrganizationRole: 'guest' } });
      expect(created[LT_USER].OrganizationRole).toBe('Guest');
    });

    it('accepts two emails of the same type both marked primary, and keeps one primary', async () => {
      const userName = uniqueEmail('two');
      const created = await scim.createUser(userName, {
        emails: [
          { value: userName, type: 'work', primary: true },
          { value: `alt.${userName}`, type: 'work', primary: 'True' },
        ],
      });
      expect(created.emails).toEqual([
        { value: userName, type: 'work', primary: true },
        { value: `alt.${userName}`, type: 'work', primary: false },
      ]);
    });

    it('treats null as unassigned and ignores unknown attributes and read-only ones', async () => {
      const created = await scim.createUser(uniqueEmail(), { displayName: null, nickName: null, favouriteColour: 'blue', id: 'mine', meta: { resourceType: 'User' }, groups: [] });
      expect(created.displayName).toBeUndefined();
      expect(created.favouriteColour).toBeUndefined();
      expect(created.id).not.toBe('mine');
    });
  });

  describe('update', () => {
    it('PUT replaces descriptive attributes; userName cannot change (400 mutability)', async () => {
      const userName = uniqueEmail('put');
      const user = await scim.createUser(userName, { name: { givenName: 'Old' }, title: 'Engineer' });
      const replaced = await scim.put(`/Users/${user.id}`, { schemas: [USER_SCHEMA], userName, name: { givenName: 'New' }, active: true });
      expect(replaced.status).toBe(200);
      expect(replaced.body.name).toEqual({ givenName: 'New' });
      expect(replaced.body.title).toBeUndefined();
      expect(replaced.body.meta.version).toBe('W/"2"');
      expectScimError(await scim.put(`/Users/${user.id}`, { schemas: [USER_SCHEMA], userName: uniqueEmail('other') }), 400, 'mutability');
      expectScimError(await scim.patch(`/Users/${user.id}`, [{ op: 'replace', path: 'userName', value: uniqueEmail('x') }]), 400, 'mutability');
    });

    it('an update that changes nothing keeps the version', async () => {
      const userName = uniqueEmail('same');
      const user = await scim.createUser(userName, { name: { givenName: 'Same' } });
      const again = await scim.put(`/Users/${user.id}`, { schemas: [USER_SCHEMA], userName, name: { givenName: 'Same' }, active: true });
      expect(again.body.meta.version).toBe(user.meta.version);
    });

    it('If-Match with a stale version is 412 and changes nothing', async () => {
      const userName = uniqueEmail('etag');
      const user = await scim.createUser(userName);
      const stale = await scim.patch(`/Users/${user.id}`, [{ op: 'replace', path: 'displayName', value: 'A' }]).set('If-Match', 'W/"7"');
      expectScimError(stale, 412);
      const ok = await scim.patch(`/Users/${user.id}`, [{ op: 'replace', path: 'displayName', value: 'A' }]).set('If-Match', 'W/"1"');
      expect(ok.status).toBe(200);
    });

    it('active=false deactivates, active=true reactivates, DELETE deactivates and the user keeps answering GET', async () => {
      const user = await scim.createUser(uniqueEmail('life'));
      const off = await scim.patch(`/Users/${user.id}`, [{ op: 'replace', path: 'active', value: false }]);
      expect(off.body.active).toBe(false);
      const on = await scim.patch(`/Users/${user.id}`, [{ op: 'replace', path: 'active', value: true }]);
      expect(on.body.active).toBe(true);
      const deleted = await scim.delete(`/Users/${user.id}`);
      expect(deleted.status).toBe(204);
      const after = await scim.get(`/Users/${user.id}`);
      expect(after.status).toBe(200);
      expect(after.body.active).toBe(false);
    });

    it('an invalid patch is atomic: nothing of it is applied', async () => {
      const user = await scim.createUser(uniqueEmail('atomic'), { displayName: 'Before' });
      const response = await scim.patch(`/Users/${user.id}`, [
        { op: 'replace', path: 'displayName', value: 'After' },
        { op: 'replace', path: 'noSuchAttribute', value: 1 },
      ]);
      expectScimError(response, 400, 'invalidPath');
      expect((await scim.get(`/Users/${user.id}`)).body.displayName).toBe('Before');
    });

    it('404 for unknown ids, also when the id is not a UUID', async () => {
      expectScimError(await scim.get('/Users/00000000-0000-4000-8000-000000000000'), 404);
      expectScimError(await scim.get('/Users/not-a-uuid'), 404);
      expectScimError(await scim.put('/Users/not-a-uuid', { userName: uniqueEmail() }), 404);
      expectScimError(await scim.patch('/Users/00000000-0000-4000-8000-000000000000', [{ op: 'replace', path: 'active', value: false }]), 404);
      expectScimError(await scim.delete('/Users/00000000-0000-4000-8000-000000000000'), 404);
    });
  });

  describe('list and filter', () => {
    let listOrg: TestOrg;
    let client: ScimClient;
    const names: string[] = [];

    beforeAll(async () => {
      listOrg = await t.createOrg('Listing');
      client = ScimClient.of(t, listOrg);
      for (const [given, family, role] of [['Ann', 'Zed', 'Admin'], ['Bob', 'Young', 'User'], ['Cat', 'Xu', 'Guest'], ['Dan', 'Wolf', undefined]] as const) {
        const userName = uniqueEmail(given.toLowerCase(), 'list.test');
        names.push(userName);
        await client.createUser(userName, {
          name: { givenName: given, familyName: family },
          emails: [{ value: userName, type: 'work', primary: true }, { value: `${given}@home.test`, type: 'home' }],
          ...(role ? { [LT_USER]: { OrganizationRole: role } } : {}),
        });
      }
    });

    const list = (query: string) => client.get(`/Users?${query}`);
    const filter = (expression: string) => list(`filter=${encodeURIComponent(expression)}`);

    it('lists the organization only, as a ListResponse', async () => {
      const response = await list('');
      expect(response.body).toMatchObject({ schemas: ['urn:ietf:params:scim:api:messages:2.0:ListResponse'], totalResults: 4, startIndex: 1, itemsPerPage: 4 });
    });

    it('an unknown userName is an empty ListResponse, not a 404', async () => {
      const response = await filter('userName eq "nobody@nowhere.test"');
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ totalResults: 0, Resources: [] });
    });

    it('matches userName case-insensitively, with names and operators in any case', async () => {
      expect((await filter(`username Eq "${names[0].toUpperCase()}"`)).body.totalResults).toBe(1);
      expect((await filter(`USERNAME EQ "${names[1]}"`)).body.Resources[0].userName).toBe(names[1]);
    });

    it('supports co, sw, ew, pr, ne, and/or/not, parentheses, value paths and URN names', async () => {
      expect((await filter('name.givenName sw "a"')).body.totalResults).toBe(1);
      expect((await filter('emails co "@home.test"')).body.totalResults).toBe(4);
      expect((await filter('emails[type eq "home" and value sw "bob"]')).body.totalResults).toBe(1);
      // Entra's matching filter: a value path followed by a sub-attribute (beyond RFC 7644's grammar, sent in practice).
      expect((await filter('emails[type eq "work"].value ew "list.test"')).body.totalResults).toBe(4);
      expect((await filter('emails[type eq "home"].value eq "ann@home.test"')).body.totalResults).toBe(1);
      expect((await filter('urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:User:OrganizationRole eq "admin"')).body.totalResults).toBe(1);
      expect((await filter('urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:User:OrganizationRole pr')).body.totalResults).toBe(3);
      expect((await filter('not (name.familyName eq "Zed") and (name.givenName eq "Bob" or name.givenName eq "Cat")')).body.totalResults).toBe(2);
      expect((await filter('name.familyName ne "Zed"')).body.totalResults).toBe(3);
      expect((await filter('meta.created gt "2000-01-01T00:00:00Z"')).body.totalResults).toBe(4);
      expect((await filter('active eq true')).body.totalResults).toBe(4);
    });

    it('pages with startIndex/count and sorts', async () => {
      const page = await list('startIndex=2&count=2&sortBy=name.familyName&sortOrder=descending');
      expect(page.body).toMatchObject({ totalResults: 4, startIndex: 2, itemsPerPage: 2 });
      expect(page.body.Resources.map((u: { name: { familyName: string } }) => u.name.familyName)).toEqual(['Young', 'Xu']);
      const beyond = await list('startIndex=50');
      expect(beyond.body).toMatchObject({ totalResults: 4, itemsPerPage: 0, Resources: [] });
      const zero = await list('count=0');
      expect(zero.body).toMatchObject({ totalResults: 4, itemsPerPage: 0, Resources: [] });
    });

    it('attributes and excludedAttributes shape every response', async () => {
      const only = await list('attributes=userName');
      expect(Object.keys(only.body.Resources[0]).sort()).toEqual(['id', 'meta', 'schemas', 'userName'].sort());
      const without = await client.get(`/Users/${(await filter(`userName eq "${names[0]}"`)).body.Resources[0].id}?excludedAttributes=emails,name`);
      expect(without.body.emails).toBeUndefined();
      expect(without.body.name).toBeUndefined();
      expect(without.body.userName).toBe(names[0]);
    });

    it('400 invalidFilter for bad filters', async () => {
      for (const bad of ['"just a value"', 'userName zz "x"', 'userName eq', '(userName eq "x"', 'nonsense eq "x"']) {
        expectScimError(await filter(bad), 400, 'invalidFilter');
      }
    });
  });

  describe('tenant isolation', () => {
    it("nothing of one organization is visible or changeable with another's token", async () => {
      const a = await t.createOrg('A');
      const b = await t.createOrg('B');
      const userName = uniqueEmail('isolated');
      const user = await ScimClient.of(t, a).createUser(userName);
      const other = ScimClient.of(t, b);
      expectScimError(await other.get(`/Users/${user.id}`), 404);
      expectScimError(await other.put(`/Users/${user.id}`, { userName }), 404);
      expectScimError(await other.patch(`/Users/${user.id}`, [{ op: 'replace', path: 'active', value: false }]), 404);
      expectScimError(await other.delete(`/Users/${user.id}`), 404);
      expect((await other.get(`/Users?filter=${encodeURIComponent(`userName eq "${userName}"`)}`)).body.totalResults).toBe(0);
      expect((await other.get('/Users')).body.totalResults).toBe(0);
      expect((await ScimClient.of(t, a).get(`/Users/${user.id}`)).body.active).toBe(true);
      const admin = await t.http().get(`/api/v1/users/${user.id}`).set('Authorization', `Bearer ${b.adminToken}`);
      expect(admin.status).toBe(404);
    });
  });
});
