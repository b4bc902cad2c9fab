import { expectScimError, SCIM, ScimClient, TestApp, TestOrg, uniqueEmail, USER_SCHEMA } from '@app/testing';

describe('SCIM over HTTP (docs/scim-protocol.md)', () => {
  let t: TestApp;
  let org: TestOrg;
  let scim: ScimClient;
  const auth = () => ({ Authorization: `Bearer ${org.scimToken}` });

  beforeAll(async () => {
    t = await TestApp.start({ BODY_LIMIT_BYTES: '65536' });
    org = await t.createOrg();
    scim = ScimClient.of(t, org);
  });
  afterAll(() => t.stop());

  it('malformed JSON is 400 invalidSyntax, never 500', async () => {
    const response = await t.http().post(`${SCIM}/Users`).set(auth()).set('Content-Type', 'application/scim+json').send('{"userName": ');
    expectScimError(response, 400, 'invalidSyntax');
  });

  it('a JSON body that is not an object is 400 invalidSyntax', async () => {
    const response = await t.http().post(`${SCIM}/Users`).set(auth()).set('Content-Type', 'application/json').send('[1,2]');
    expectScimError(response, 400, 'invalidSyntax');
  });

  it('accepts application/json as well as application/scim+json (with charset)', async () => {
    const response = await t.http().post(`${SCIM}/Users`).set(auth()).set('Content-Type', 'application/json; charset=utf-8').send(JSON.stringify({ userName: uniqueEmail() }));
    expect(response.status).toBe(201);
    expect(response.headers['content-type']).toMatch(/^application\/scim\+json/);
  });

  it('an unsupported content type is 415 with a SCIM error', async () => {
    const response = await t.http().post(`${SCIM}/Users`).set(auth()).set('Content-Type', 'text/plain').send('userName=x');
    expectScimError(response, 415);
  });

  it('an oversized body is 413 with a SCIM error', async () => {
    const response = await t.http().post(`${SCIM}/Users`).set(auth()).set('Content-Type', 'application/scim+json').send(JSON.stringify({ userName: uniqueEmail(), title: 'x'.repeat(70_000) }));
    expectScimError(response, 413);
  });

  it('matches resource endpoints case-insensitively, with a trailing slash or a doubled slash', async () => {
    const user = await scim.createUser(uniqueEmail('paths'));
    for (const path of ['/scim/v2/users', '/scim/v2/USERS/', '/scim/v2//Users', `/scim/v2/Users/${user.id}/`]) {
      const response = await t.http().get(path).set(auth());
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
    }
    const byId = await t.http().get(`/scim/v2//users/${user.id}`).set(auth());
    expect(byId.body.id).toBe(user.id);
  });

  it("ignores unknown query parameters such as Entra's aadOptscim062020", async () => {
    const response = await t.http().get(`${SCIM}/Users?aadOptscim062020&filter=${encodeURIComponent('userName eq "x@y.test"')}`).set(auth());
    expect(response.status).toBe(200);
    expect(response.body.totalResults).toBe(0);
  });

  it('unknown SCIM endpoints answer 404 in the SCIM error schema', async () => {
    expectScimError(await t.http().get(`${SCIM}/Nope`).set(auth()), 404);
  });

  describe('discovery', () => {
    it('ServiceProviderConfig lists what is supported', async () => {
      const response = await t.http().get(`${SCIM}/ServiceProviderConfig`);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({
        patch: { supported: true },
        bulk: { supported: false },
        filter: { supported: true, maxResults: 1000 },
        changePassword: { supported: false },
        sort: { supported: true },
        etag: { supported: true },
        authenticationSchemes: [expect.objectContaining({ type: 'oauthbearertoken', description: expect.any(String) })],
      });
    });

    it('ResourceTypes and Schemas, including the LambdaTest extensions, listable and by id', async () => {
      const types = await t.http().get(`${SCIM}/ResourceTypes`).set(auth());
      expect(types.body.Resources.map((r: { name: string }) => r.name).sort()).toEqual(['Group', 'User']);
      expect((await t.http().get(`${SCIM}/ResourceTypes/User`)).body.schemaExtensions).toEqual(
        expect.arrayContaining([expect.objectContaining({ schema: 'urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:User' })]),
      );
      const schemas = await t.http().get(`${SCIM}/Schemas`);
      const ids = schemas.body.Resources.map((s: { id: string }) => s.id);
      expect(ids).toEqual(
        expect.arrayContaining([USER_SCHEMA, 'urn:ietf:params:scim:schemas:core:2.0:Group', 'urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:User', 'urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:Group']),
      );
      const lt = await t.http().get(`${SCIM}/Schemas/urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:User`);
      expect(lt.body.attributes.map((a: { name: string }) => a.name)).toEqual(expect.arrayContaining(['OrganizationRole', 'LambdatestGroup']));
      expectScimError(await t.http().get(`${SCIM}/Schemas/urn:nope`), 404);
    });

    it('405 for writes to discovery endpoints', async () => {
      expectScimError(await t.http().post(`${SCIM}/ServiceProviderConfig`).send({}), 405);
      expectScimError(await t.http().put(`${SCIM}/Schemas`).send({}), 405);
      expectScimError(await t.http().delete(`${SCIM}/ResourceTypes/User`), 405);
      expectScimError(await t.http().patch(`${SCIM}/ResourceTypes`).send({}), 405);
    });
  });
});
