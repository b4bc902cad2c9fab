import jwt from 'jsonwebtoken';
import { runCliCommand } from '../apps/api/src/cli-commands';
import { ScimClient, TestApp, uniqueEmail } from '@app/testing';

describe('CLI (npm run cli)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  it('org:create prints the id, SCIM base URL, a working SCIM token and an admin token', async () => {
    const created = (await runCliCommand(t.app, 'org:create', ['--name', 'Acme CLI'])) as Record<string, string>;
    expect(Object.keys(created).sort()).toEqual(['adminToken', 'organizationId', 'scimBaseUrl', 'scimToken']);
    expect(created.scimBaseUrl).toBe('http://scim.test/scim/v2');
    expect((jwt.decode(created.adminToken) as Record<string, string>).org).toBe(created.organizationId);
    expect((await new ScimClient(t, created.scimToken).post('/Users', { userName: uniqueEmail() })).status).toBe(201);
    const settings = await t.http().get('/api/v1/scim/settings').set('Authorization', `Bearer ${created.adminToken}`);
    expect(settings.status).toBe(200);
  });

  it('org:rotate-scim-token replaces the token; org:set-group-provisioning and admin-token work', async () => {
    const created = (await runCliCommand(t.app, 'org:create', ['--name=Rotating'])) as Record<string, string>;
    const rotated = (await runCliCommand(t.app, 'org:rotate-scim-token', ['--org', created.organizationId])) as Record<string, string>;
    expect((await new ScimClient(t, created.scimToken).get('/Users')).status).toBe(401);
    expect((await new ScimClient(t, rotated.scimToken).get('/Users')).status).toBe(200);
    expect(await runCliCommand(t.app, 'org:set-group-provisioning', ['--org', created.organizationId, '--enabled', 'true'])).toEqual({ groupProvisioningEnabled: true });
    const { adminToken } = (await runCliCommand(t.app, 'admin-token', ['--org', created.organizationId])) as Record<string, string>;
    const settings = await t.http().get('/api/v1/scim/settings').set('Authorization', `Bearer ${adminToken}`);
    expect(settings.body.groupProvisioningEnabled).toBe(true);
  });

  it('rejects a missing flag and an unknown command', async () => {
    await expect(runCliCommand(t.app, 'org:create', [])).rejects.toThrow('--name is required');
    await expect(runCliCommand(t.app, 'org:set-group-provisioning', ['--org', 'x', '--enabled', 'maybe'])).rejects.toThrow('true or false');
    await expect(runCliCommand(t.app, 'org:explode', [])).rejects.toThrow('unknown command');
  });
});
