import { expectScimError, PLATFORM_SERVICE_TOKEN, SCIM, ScimClient, TestApp, TestOrg, uniqueEmail } from '@app/testing';
import { RotateScimTokenCommand } from '@app/tenancy';

describe('SCIM authentication (docs/tenancy.md)', () => {
  let t: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    t = await TestApp.start();
    org = await t.createOrg();
  });
  afterAll(() => t.stop());

  it('401 with the SCIM error schema and WWW-Authenticate when the token is missing', async () => {
    const response = await t.http().get(`${SCIM}/Users`);
    expectScimError(response, 401);
    expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
  });

  it('401 for an unknown token and for a malformed Authorization header', async () => {
    expectScimError(await t.http().get(`${SCIM}/Users`).set('Authorization', 'Bearer scim_not-a-real-token'), 401);
    expectScimError(await t.http().get(`${SCIM}/Users`).set('Authorization', 'Basic dXNlcjpwYXNz'), 401);
  });

  it('accepts the organization token and records when it was last used', async () => {
    const response = await ScimClient.of(t, org).get('/Users');
    expect(response.status).toBe(200);
    const settings = await t.http().get('/api/v1/scim/settings').set('Authorization', `Bearer ${org.adminToken}`);
    expect(settings.body.token.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(settings.body)).not.toContain(org.scimToken);
  });

  it('rotation invalidates the old token immediately', async () => {
    const own = await t.createOrg();
    const rotated = await t.commands.execute(new RotateScimTokenCommand(own.organizationId));
    expectScimError(await new ScimClient(t, own.scimToken).get('/Users'), 401);
    expect((await new ScimClient(t, rotated.scimToken).get('/Users')).status).toBe(200);
  });

  it('a revoked token is refused; regenerating through the admin API returns the new token once', async () => {
    const own = await t.createOrg();
    const revoke = await t.http().delete('/api/v1/scim/token').set('Authorization', `Bearer ${own.adminToken}`);
    expect(revoke.status).toBe(204);
    expectScimError(await new ScimClient(t, own.scimToken).get('/Users'), 401);
    const regenerated = await t.http().post('/api/v1/scim/token').set('Authorization', `Bearer ${own.adminToken}`);
    expect(regenerated.status).toBe(201);
    expect(regenerated.body.token).toMatch(/^scim_[A-Za-z0-9_-]{43}$/);
    expect(regenerated.body.token.startsWith(regenerated.body.prefix)).toBe(true);
    expect((await new ScimClient(t, regenerated.body.token).get('/Users')).status).toBe(200);
  });

  it('creates an organization through the internal endpoint with the platform service token only', async () => {
    const refused = await t.http().post('/internal/organizations').set('Authorization', 'Bearer wrong').send({ name: 'Nope' });
    expect(refused.status).toBe(401);
    const created = await t.http().post('/internal/organizations').set('Authorization', `Bearer ${PLATFORM_SERVICE_TOKEN}`).send({ name: 'Acme' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ organizationId: expect.any(String), scimBaseUrl: 'http://scim.test/scim/v2', scimToken: expect.any(String), adminToken: expect.any(String) });
    const client = new ScimClient(t, created.body.scimToken);
    expect((await client.post('/Users', { userName: uniqueEmail() })).status).toBe(201);
    const settings = await t.http().get('/api/v1/scim/settings').set('Authorization', `Bearer ${created.body.adminToken}`);
    expect(settings.body).toMatchObject({ organizationId: created.body.organizationId, groupProvisioningEnabled: false });
  });
});

describe('admin API authentication (docs/tenancy.md)', () => {
  let t: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    t = await TestApp.start();
    org = await t.createOrg();
  });
  afterAll(() => t.stop());

  it('401 without a token, with a SCIM token, and with a JWT signed by another key', async () => {
    expect((await t.http().get('/api/v1/scim/settings')).status).toBe(401);
    expect((await t.http().get('/api/v1/scim/settings').set('Authorization', `Bearer ${org.scimToken}`)).status).toBe(401);
    const forged = org.adminToken.split('.').slice(0, 2).join('.') + '.c2lnbmF0dXJl';
    const response = await t.http().get('/api/v1/scim/settings').set('Authorization', `Bearer ${forged}`);
    expect(response.status).toBe(401);
    expect(response.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
  });

  it('403 for a non-Admin role', async () => {
    const response = await t.http().get('/api/v1/scim/settings').set('Authorization', `Bearer ${t.adminToken(org.organizationId, 'User')}`);
    expect(response.status).toBe(403);
  });

  it('toggles group provisioning and reports it', async () => {
    const patch = await t.http().patch('/api/v1/scim/settings').set('Authorization', `Bearer ${org.adminToken}`).send({ groupProvisioningEnabled: true });
    expect(patch.status).toBe(200);
    expect(patch.body.groupProvisioningEnabled).toBe(true);
    const invalid = await t.http().patch('/api/v1/scim/settings').set('Authorization', `Bearer ${org.adminToken}`).send({ groupProvisioningEnabled: 'maybe' });
    expect(invalid.status).toBe(400);
    expect(invalid.body).toMatchObject({ statusCode: 400, code: 'validation_failed', details: expect.any(Array) });
  });
});
