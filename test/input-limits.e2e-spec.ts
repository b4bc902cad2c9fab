import type { Response } from 'supertest';
import {
  expectScimError,
  GROUP_SCHEMA,
  LT_USER,
  SCIM,
  ScimClient,
  seedUsers,
  TestApp,
  TestOrg,
  uniqueEmail,
  USER_SCHEMA,
} from '@app/testing';

/** The admin API's error shape, with the code it should carry. */
function expectAdminError(response: Response, status: number, code: string): void {
  expect({ status: response.status, body: response.body }).toMatchObject({ status, body: { statusCode: status, error: expect.any(String), message: expect.any(String), code } });
}

/** 1,024 CJK characters (3 bytes each in UTF-8) that do not compress: larger than a btree index row allows. */
const WIDE_EXTERNAL_ID = Array.from({ length: 1024 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20000))).join('');

function nested(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

describe('Input limits: bounded work per request and no 500 for client input', () => {
  let t: TestApp;
  let org: TestOrg;
  let scim: ScimClient;
  const admin = () => ({ Authorization: `Bearer ${org.adminToken}` });

  beforeAll(async () => {
    // Small limits keep the specs fast; the defaults are asserted through ServiceProviderConfig below.
    t = await TestApp.start({ SCIM_MAX_PATCH_OPERATIONS: '200', SCIM_MAX_MEMBERS_PER_REQUEST: '300' });
    org = await t.createOrg();
    scim = ScimClient.of(t, org);
    await t.http().patch('/api/v1/scim/settings').set(admin()).send({ groupProvisioningEnabled: true });
  });
  afterAll(() => t.stop());

  describe('operations and members per request', () => {
    it('advertises the PATCH limit and the body size in ServiceProviderConfig', async () => {
      const response = await t.http().get(`${SCIM}/ServiceProviderConfig`);
      expect(response.body.bulk).toEqual({ supported: false, maxOperations: 200, maxPayloadSize: t.config.BODY_LIMIT_BYTES });
    });

    it('a PATCH with more operations than the limit is 400 invalidValue and changes nothing', async () => {
      const user = await scim.createUser(uniqueEmail('ops'));
      const operations = Array.from({ length: 201 }, (_, i) => ({ op: 'add', path: 'emails', value: [{ value: `e${i}@ops.test` }] }));
      const response = await scim.patch(`/Users/${user.id}`, operations);
      expectScimError(response, 400, 'invalidValue');
      expect(response.body.detail).toContain('at most 200 operations');
      expect((await scim.get(`/Users/${user.id}`)).body.emails).toBeUndefined();
    });

    it('the PATCH engine applies the maximum number of operations on one multi-valued attribute', async () => {
      const user = await scim.createUser(uniqueEmail('many'));
      // 200 adds over 90 distinct addresses: duplicates change nothing, the rest are kept in order.
      const operations = Array.from({ length: 200 }, (_, i) => ({ op: 'add', path: 'emails', value: [{ value: `E${i % 90}@many.test`, type: 'work' }] }));
      const response = await scim.patch(`/Users/${user.id}`, operations);
      expect(response.status).toBe(200);
      expect(response.body.emails).toHaveLength(90);
      expect(response.body.emails[89]).toEqual({ value: 'E89@many.test', type: 'work' });
    });

    it('a multi-valued attribute holds at most 100 values, on create and after each PATCH operation', async () => {
      const emails = Array.from({ length: 101 }, (_, i) => ({ value: `v${i}@values.test` }));
      expectScimError(await scim.post('/Users', { schemas: [USER_SCHEMA], userName: uniqueEmail('values'), emails }), 400, 'invalidValue');
      const user = await scim.createUser(uniqueEmail('values'), { emails: emails.slice(0, 100) });
      const response = await scim.patch(`/Users/${user.id}`, [{ op: 'add', path: 'emails', value: [{ value: 'one-more@values.test' }] }]);
      expectScimError(response, 400, 'invalidValue');
      expect(response.body.detail).toContain('at most 100 values');
    });

    it('group members per request are capped on POST, PUT and PATCH (counted over all operations)', async () => {
      const ids = await seedUsers(t, org.organizationId, 301, 'cap');
      const members = ids.map((value) => ({ value }));
      const tooMany = await scim.post('/Groups', { schemas: [GROUP_SCHEMA], displayName: 'Too many', members });
      expectScimError(tooMany, 400, 'invalidValue');
      expect(tooMany.body.detail).toContain('at most 300 members');

      const created = await scim.post('/Groups', { schemas: [GROUP_SCHEMA], displayName: 'At the cap', members: members.slice(0, 300) });
      expect(created.status).toBe(201);
      expectScimError(await scim.put(`/Groups/${created.body.id}`, { schemas: [GROUP_SCHEMA], displayName: 'At the cap', members }), 400, 'invalidValue');

      const spread = ids.map((value) => ({ op: 'add', path: 'members', value: [{ value }] }));
      expectScimError(await scim.patch(`/Groups/${created.body.id}`, spread.slice(0, 150).concat([{ op: 'add', path: 'members', value: members.slice(150) }])), 400, 'invalidValue');
      const group = await scim.get(`/Groups/${created.body.id}?attributes=members`);
      expect(group.body.members).toHaveLength(300);
    });
  });

  describe('JSON nesting depth', () => {
    it('SCIM: a body nested deeper than 64 levels is 400 invalidSyntax (a deep `name` used to be stored)', async () => {
      const body = `{"schemas":["${USER_SCHEMA}"],"userName":"${uniqueEmail('deep')}","name":${nested(100_000)}}`;
      const response = await t.http().post(`${SCIM}/Users`).set('Authorization', `Bearer ${org.scimToken}`).set('Content-Type', 'application/scim+json').send(body);
      expectScimError(response, 400, 'invalidSyntax');
      expect(response.body.detail).toContain('64 levels');
    });

    it('admin: a deeply nested body is 400 in the admin error shape (it used to overflow the stack in validation)', async () => {
      const response = await t.http().post('/api/v1/users').set(admin()).set('Content-Type', 'application/json').send(`{"email":"${uniqueEmail('deep')}","givenName":${nested(1_000_000)}}`);
      expectAdminError(response, 400, 'invalid_syntax');
    });

    it('nesting up to the limit is still read', async () => {
      const response = await t.http().post(`${SCIM}/Users`).set('Authorization', `Bearer ${org.scimToken}`).set('Content-Type', 'application/scim+json')
        .send(`{"userName":"${uniqueEmail('depth')}","x":${nested(63)}}`);
      expect(response.status).toBe(201);
    });
  });

  describe('strings PostgreSQL cannot store or index', () => {
    it.each([
      ['a NUL in userName', { userName: 'nul\u0000@x.test' }],
      ['a lone surrogate in displayName', { displayName: 'half \ud800 pair' }],
      ['a NUL in an unknown attribute', { nickname_x: 'a\u0000' }],
      ['a NUL in an extension attribute', { [LT_USER]: { LambdatestGroup: 'g\u0000' } }],
      ['a 3,000-character userName', { userName: `${'a'.repeat(3000)}@x.test` }],
      ['a 3,000-character displayName', { displayName: 'd'.repeat(3000) }],
      ['a 1 MB externalId', { externalId: 'e'.repeat(1_000_000) }],
      ['a 400-character given name', { name: { givenName: 'g'.repeat(400) } }],
      ['a 321-character email', { emails: [{ value: `${'m'.repeat(310)}@email.test` }] }],
    ])('POST /Users with %s is 400 invalidValue', async (_label, attributes) => {
      const response = await scim.post('/Users', { schemas: [USER_SCHEMA], userName: uniqueEmail('str'), ...attributes });
      expectScimError(response, 400, 'invalidValue');
    });

    it('groups: NUL and over-long displayName are 400; externalId up to 1,024 characters of any script is stored', async () => {
      expectScimError(await scim.post('/Groups', { schemas: [GROUP_SCHEMA], displayName: 'bad\u0000name' }), 400, 'invalidValue');
      expectScimError(await scim.post('/Groups', { schemas: [GROUP_SCHEMA], displayName: 'x'.repeat(257) }), 400, 'invalidValue');
      const group = await scim.post('/Groups', { schemas: [GROUP_SCHEMA], displayName: 'y'.repeat(256), externalId: WIDE_EXTERNAL_ID });
      expect(group.status).toBe(201);
      const user = await scim.post('/Users', { schemas: [USER_SCHEMA], userName: uniqueEmail('cjk'), externalId: WIDE_EXTERNAL_ID });
      expect(user.status).toBe(201);
    });

    it('PATCH values are checked the same way', async () => {
      const user = await scim.createUser(uniqueEmail('patch'));
      expectScimError(await scim.patch(`/Users/${user.id}`, [{ op: 'replace', path: 'displayName', value: 'x\u0000' }]), 400, 'invalidValue');
      expectScimError(await scim.patch(`/Users/${user.id}`, [{ op: 'replace', value: { 'name.givenName': 'g'.repeat(257) } }]), 400, 'invalidValue');
      expectScimError(await scim.patch(`/Users/${user.id}`, [{ op: 'replace', path: `emails[value eq "\\u0000"].type`, value: 'work' }]), 400, 'invalidPath');
    });

    it('filter values with NUL or lone surrogates are 400 invalidFilter, escaped or not', async () => {
      for (const filter of ['userName eq "a\\u0000"', 'userName eq "\\ud800"', 'displayName co a\u0000b', 'emails[value eq "\\udc00"]']) {
        expectScimError(await scim.get(`/Users?filter=${encodeURIComponent(filter)}`), 400, 'invalidFilter');
      }
      expectScimError(await scim.get(`/Groups?filter=${encodeURIComponent('displayName eq "\\u0000"')}`), 400, 'invalidFilter');
    });

    it('admin: NUL and lone surrogates in bodies and in `search` are 400 in the admin error shape', async () => {
      expectAdminError(await t.http().post('/api/v1/users').set(admin()).send({ email: uniqueEmail('adm'), givenName: 'a\u0000' }), 400, 'invalid_input');
      expectAdminError(await t.http().post('/api/v1/teams').set(admin()).send({ name: 'team \ud800' }), 400, 'invalid_input');
      expectAdminError(await t.http().get('/api/v1/users?search=%00').set(admin()), 400, 'invalid_input');
      expectAdminError(await t.http().get('/api/v1/scim/groups?search=a%00b').set(admin()), 400, 'invalid_input');
      expectAdminError(await t.http().get(`/api/v1/teams?search=${encodeURIComponent('a\u0000')}`).set(admin()), 400, 'invalid_input');
    });
  });

  describe('dates in filters', () => {
    it.each(['"2020-02-30"', '"1"', '"May 2020"', '"2020-13-01T00:00:00Z"', '"0000-01-01"', '"2021-02-29T10:00:00Z"', '2020-01-01T25:00:00Z'])(
      'meta.created gt %s is 400 invalidFilter',
      async (value) => {
        expectScimError(await scim.get(`/Users?filter=${encodeURIComponent(`meta.created gt ${value}`)}`), 400, 'invalidFilter');
        expectScimError(await scim.get(`/Groups?filter=${encodeURIComponent(`meta.lastModified lt ${value}`)}`), 400, 'invalidFilter');
      },
    );

    it('real RFC 3339 date-times are accepted, with any fraction and offset', async () => {
      for (const value of ['"2020-02-29T10:00:00Z"', '"2015-10-10T14:38:21.8617979-07:00"', '"2024-06-01"']) {
        const response = await scim.get(`/Users?filter=${encodeURIComponent(`meta.created gt ${value}`)}`);
        expect({ value, status: response.status }).toEqual({ value, status: 200 });
      }
    });
  });

  describe('paging numbers', () => {
    it('SCIM clamps a huge startIndex and count instead of failing', async () => {
      const response = await scim.get('/Users?startIndex=9223372036854775807&count=99999999999999999999');
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ startIndex: 2147483647, itemsPerPage: 0, Resources: [] });
      const groups = await scim.get('/Groups?startIndex=99999999999999999999999&count=9223372036854775807');
      expect(groups.status).toBe(200);
    });

    it('admin: activity dates PostgreSQL cannot store are 400 validation_failed', async () => {
      for (const date of ['-271821-04-20', '+275760-09-13', '20000-01-01']) {
        expectAdminError(await t.http().get(`/api/v1/scim/activity?from=${encodeURIComponent(date)}`).set(admin()), 400, 'validation_failed');
      }
      expect((await t.http().get('/api/v1/scim/activity?from=2020-01-01T00:00:00Z').set(admin())).status).toBe(200);
    });

    it('admin: a huge page or pageSize is 400 validation_failed', async () => {
      for (const path of ['/api/v1/users?page=99999999999999999999', '/api/v1/users?pageSize=99999999999', '/api/v1/scim/groups?page=1e30', '/api/v1/teams?page=9223372036854775807']) {
        const response = await t.http().get(path).set(admin());
        expectAdminError(response, 400, 'validation_failed');
      }
    });
  });

  describe('ids and request ids', () => {
    it('user and group ids match whatever their case, on every method and in `id` filters', async () => {
      const user = await scim.createUser(uniqueEmail('case'));
      const group = (await scim.post('/Groups', { schemas: [GROUP_SCHEMA], displayName: 'Upper case ids', members: [{ value: user.id.toUpperCase() }] })).body;
      const USER = user.id.toUpperCase();
      const GROUP = group.id.toUpperCase();
      expect((await scim.get(`/Users/${USER}`)).body.id).toBe(user.id);
      expect((await scim.get(`/Groups/${GROUP}`)).body.id).toBe(group.id);
      expect((await scim.get(`/Groups/${GROUP}?excludedAttributes=members`)).status).toBe(200);
      expect((await scim.patch(`/Groups/${GROUP}`, [{ op: 'remove', path: `members[value eq "${USER}"]` }])).status).toBeLessThan(300);
      expect((await scim.put(`/Groups/${GROUP}`, { schemas: [GROUP_SCHEMA], displayName: 'Upper case ids', members: [{ value: USER }] })).status).toBe(200);
      expect((await scim.patch(`/Users/${USER}`, [{ op: 'replace', path: 'title', value: 'Upper' }])).status).toBe(200);
      expect((await scim.get(`/Users?filter=${encodeURIComponent(`id eq "${USER}"`)}`)).body.totalResults).toBe(1);
      expect((await scim.get(`/Groups?filter=${encodeURIComponent(`id eq "${GROUP}"`)}`)).body.totalResults).toBe(1);
      expect((await scim.get(`/Groups?filter=${encodeURIComponent('id eq "not-a-uuid"')}`)).body.totalResults).toBe(0);
      expect((await scim.delete(`/Groups/${GROUP}`)).status).toBe(204);
      expect((await scim.delete(`/Users/${USER}`)).status).toBe(204);
    });

    it('a path that is not valid percent-encoded UTF-8 is 400 in each dialect, not the framework default', async () => {
      expectScimError(await scim.get('/Users/%ED%A0%80'), 400, 'invalidSyntax');
      expectAdminError(await t.http().get('/api/v1/users/%E0%A4%A').set(admin()), 400, 'invalid_syntax');
    });

    it('keeps a short safe x-request-id and replaces anything else with its own', async () => {
      const kept = await scim.get('/Users?count=1').set('x-request-id', 'idp-trace_42.a');
      expect(kept.headers['x-request-id']).toBe('idp-trace_42.a');
      for (const sent of ['x'.repeat(10_000), 'has space', 'semi;colon', 'x'.repeat(129)]) {
        const response = await scim.get('/Users?count=1').set('x-request-id', sent);
        expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      }
    });
  });
});
