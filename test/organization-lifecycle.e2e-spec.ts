import { randomUUID } from 'node:crypto';
import { runCliCommand } from '../apps/api/src/cli-commands';
import { expectScimError, LT_GROUP, organizationRowCounts, PLATFORM_SERVICE_TOKEN, ScimClient, TestApp } from '@app/testing';
import { MappingWorld } from './mapping-fixtures';

/** The outbox is the platform's delivery log, not organization data; it carries the deletion event itself. */
const DELIVERY_LOG = ['platform.outbox_event'];

describe('organization lifecycle for the platform (internal API and CLI)', () => {
  let t: TestApp;

  const platform = (method: 'get' | 'post' | 'patch' | 'delete', path: string) =>
    t.http()[method](`/internal/organizations${path}`).set('Authorization', `Bearer ${PLATFORM_SERVICE_TOKEN}`);

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  it('create is idempotent on the external id: the repeat answers 200 with the same organization and no new token', async () => {
    const externalId = `ext-${randomUUID()}`;
    const first = await platform('post', '').send({ name: 'Acme', externalId });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ externalId, name: 'Acme', status: 'enabled', scimToken: expect.stringMatching(/^scim_/), adminToken: expect.any(String) });
    const again = await platform('post', '').send({ name: 'Acme again', externalId });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ organizationId: first.body.organizationId, externalId, name: 'Acme' });
    expect(again.body.scimToken).toBeUndefined();
    const concurrent = await Promise.all([1, 2, 3].map(() => platform('post', '').send({ name: 'Race', externalId: `race-${externalId}` })));
    expect(concurrent.map((r) => r.status).sort()).toEqual([200, 200, 201]);
    expect(new Set(concurrent.map((r) => r.body.organizationId)).size).toBe(1);
  });

  it('get by id or external id, list paged, rename', async () => {
    const externalId = `ext-${randomUUID()}`;
    const { body: created } = await platform('post', '').send({ name: 'Before', externalId }).expect(201);
    expect((await platform('get', `/${created.organizationId}`).expect(200)).body.externalId).toBe(externalId);
    expect((await platform('get', `/${externalId}`).expect(200)).body.organizationId).toBe(created.organizationId);
    const missing = await platform('get', `/${randomUUID()}`);
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
    const renamed = await platform('patch', `/${externalId}`).send({ name: 'After' });
    expect(renamed.status).toBe(200);
    expect(renamed.body.name).toBe('After');
    expect((await platform('patch', `/${externalId}`).send({ name: '' })).status).toBe(400);
    const page = await platform('get', '?page=1&pageSize=2').expect(200);
    expect(page.body).toMatchObject({ page: 1, pageSize: 2, total: expect.any(Number), items: expect.any(Array) });
    expect(page.body.items).toHaveLength(2);
    const all = await platform('get', `?pageSize=200`).expect(200);
    expect(all.body.total).toBe(all.body.items.length);
    expect(all.body.items.map((o: { organizationId: string }) => o.organizationId)).toContain(created.organizationId);
    expect((await t.http().get('/internal/organizations').set('Authorization', 'Bearer nope')).status).toBe(401);
  });

  it('disable: SCIM answers 403 with a SCIM error and the admin API 403, data kept; enable restores both', async () => {
    const w = await MappingWorld.create(t);
    const [userId] = await w.users(1);
    await platform('post', `/${w.org.organizationId}/disable`).expect(200).expect((r) => expect(r.body.status).toBe('disabled'));
    const scim = await w.scim.get(`/Users/${userId}`);
    expectScimError(scim, 403);
    expect(scim.body.detail).toMatch(/organization is disabled/);
    const admin = await w.admin('get', '/api/v1/scim/settings');
    expect(admin.status).toBe(403);
    expect(admin.body).toMatchObject({ statusCode: 403, message: expect.stringMatching(/disabled/) });
    await platform('post', `/${w.org.organizationId}/enable`).expect(200).expect((r) => expect(r.body.status).toBe('enabled'));
    expect((await w.scim.get(`/Users/${userId}`)).status).toBe(200);
    expect((await w.admin('get', '/api/v1/scim/settings')).status).toBe(200);
  });

  it('delete removes every row of the organization in every schema, and nothing of another organization', async () => {
    const doomed = await populatedOrganization(t);
    const bystander = await populatedOrganization(t);
    const before = await organizationRowCounts(t, doomed.org.organizationId, DELIVERY_LOG);
    const populated = Object.entries(before).filter(([, n]) => n > 0).map(([table]) => table);
    expect(populated).toEqual(
      expect.arrayContaining([
        'tenancy.scim_token',
        'scim_users.user_account',
        'scim_groups.scim_group',
        'scim_groups.group_member',
        'roles.user_role',
        'org_entities.entity',
        'org_entities.assignment',
        'org_entities.team_suppression',
        'mapping_rules.mapping_rule',
        'mapping_rules.group_mapping',
        'assignments.conflict',
        'assignments.conflict_decision',
        'activity_log.scim_request',
      ]),
    );
    const bystanderBefore = await organizationRowCounts(t, bystander.org.organizationId, DELIVERY_LOG);

    await platform('delete', `/${doomed.org.organizationId}`).expect(204);
    // The organization and its credentials are gone at once.
    expectScimError(await doomed.scim.get('/Users'), 401);
    expect((await doomed.admin('get', '/api/v1/scim/settings')).status).toBe(401);
    expect((await platform('get', `/${doomed.org.organizationId}`)).status).toBe(404);
    await t.drain();

    const after = await organizationRowCounts(t, doomed.org.organizationId, DELIVERY_LOG);
    expect(Object.entries(after).filter(([, n]) => n > 0)).toEqual([]);
    expect(await organizationRowCounts(t, bystander.org.organizationId, DELIVERY_LOG)).toEqual(bystanderBefore);
    expect((await bystander.scim.get('/Users')).status).toBe(200);
  });

  it('CLI: create with an external id (idempotent), get, list, rename, disable, enable, delete', async () => {
    const externalId = `cli-${randomUUID()}`;
    const created = (await runCliCommand(t.app, 'org:create', ['--name', 'CLI Org', '--external-id', externalId])) as Record<string, string>;
    expect(created.scimToken).toMatch(/^scim_/);
    expect(await runCliCommand(t.app, 'org:create', ['--name', 'CLI Org', '--external-id', externalId])).toEqual({ organizationId: created.organizationId, created: false });
    expect(await runCliCommand(t.app, 'org:get', ['--org', externalId])).toMatchObject({ id: created.organizationId, externalId });
    expect(await runCliCommand(t.app, 'org:rename', ['--org', externalId, '--name', 'Renamed'])).toMatchObject({ name: 'Renamed' });
    expect(await runCliCommand(t.app, 'org:disable', ['--org', externalId])).toMatchObject({ disabledAt: expect.any(Date) });
    expectScimError(await new ScimClient(t, created.scimToken).get('/Users'), 403);
    expect(await runCliCommand(t.app, 'org:enable', ['--org', externalId])).toMatchObject({ disabledAt: null });
    expect((await runCliCommand(t.app, 'org:list', ['--page-size', '200'])) as { items: { id: string }[] }).toMatchObject({
      items: expect.arrayContaining([expect.objectContaining({ id: created.organizationId })]),
    });
    expect(await runCliCommand(t.app, 'org:delete', ['--org', externalId])).toEqual({ organizationId: created.organizationId, deleted: true });
    await expect(runCliCommand(t.app, 'org:get', ['--org', externalId])).rejects.toThrow('no organization');
    expectScimError(await new ScimClient(t, created.scimToken).get('/Users'), 401);
  });
});

/** An organization with rows in every module: users, groups, roles, entities, mappings, rules, conflicts, decisions, suppressions, activity. */
async function populatedOrganization(t: TestApp): Promise<MappingWorld> {
  const w = await MappingWorld.create(t);
  await w.createRule({ name: 'all', type: 'match_all', targetType: 'team', autoApprove: true });
  const [erin, frank] = await w.users(2);
  const admins = await w.scim.post('/Groups', {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group', LT_GROUP],
    displayName: 'Admins',
    members: [{ value: erin }, { value: frank }],
    [LT_GROUP]: { LambdatestRoles: 'Admin' },
  });
  expect(admins.status).toBe(201);
  await t.drain();
  const team = await w.entityNamed('team', 'Admins');
  await w.removeMemberByHand('team', team!.id, frank);
  // erin holds CG One through group One, then group Two (CG Two) claims her too: a conflict, decided.
  const one = await w.createEntity('concurrency_group', 'CG One');
  const two = await w.createEntity('concurrency_group', 'CG Two');
  const groupOne = await w.createGroup('One', [erin]);
  await w.admin('post', `/api/v1/scim/groups/${groupOne}/mappings`, { targetType: 'concurrency_group', entityId: one }).expect(201);
  await t.drain();
  const groupTwo = await w.createGroup('Two', []);
  await w.admin('post', `/api/v1/scim/groups/${groupTwo}/mappings`, { targetType: 'concurrency_group', entityId: two }).expect(201);
  await t.drain();
  await w.addMembers(groupTwo, [erin]);
  const conflicts = await w.admin('get', '/api/v1/scim/conflicts?status=open').expect(200);
  expect(conflicts.body.items).toHaveLength(1);
  await w.admin('post', `/api/v1/scim/conflicts/${conflicts.body.items[0].id}/resolve`, { resolution: 'use_incoming' }).expect(200);
  await t.drain();
  return w;
}
