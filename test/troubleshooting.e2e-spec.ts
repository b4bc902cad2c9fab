import { ActivityRecorder } from '@app/activity-log';
import { AdminTokenIssuer } from '@app/tenancy';
import { GROUP_SCHEMA, TestApp, uniqueEmail, USER_SCHEMA } from '@app/testing';
import { MappingWorld } from './mapping-fixtures';

/** What an admin needs to troubleshoot: SCIM errors with their detail and target, and an audit log of admin actions. */
describe('Troubleshooting: activity detail and the audit log', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  interface AuditEntry {
    kind: string;
    actor: string;
    occurredAt: string;
    targetId: string | null;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
  }

  async function activity(w: MappingWorld, query = ''): Promise<Record<string, unknown>[]> {
    await t.app.get(ActivityRecorder).flush();
    return (await w.admin('get', `/api/v1/scim/activity${query}`).expect(200)).body.items;
  }

  async function audit(w: MappingWorld, query = ''): Promise<{ items: AuditEntry[]; total: number }> {
    return (await w.admin('get', `/api/v1/audit${query}`).expect(200)).body;
  }

  /** The same organization, seen by a named admin: the audit log records the token's subject. */
  function asAlice(w: MappingWorld) {
    const token = t.app.get(AdminTokenIssuer).issue(w.org.organizationId, { subject: 'alice@acme.test' });
    return (method: 'get' | 'post' | 'patch' | 'delete', path: string, body?: object) => {
      const request = t.http()[method](path).set('Authorization', `Bearer ${token}`);
      return body === undefined ? request : request.send(body);
    };
  }

  it('activity entries keep the SCIM error type, its detail and the target', async () => {
    const w = await MappingWorld.create(t);
    const userName = uniqueEmail('dup');
    const user = await w.scim.createUser(userName);
    await w.scim.post('/Users', { schemas: [USER_SCHEMA], userName });
    await w.scim.post('/Groups', { schemas: [GROUP_SCHEMA], displayName: 'Ghosts', members: [{ value: '00000000-0000-4000-8000-000000000000' }] });
    await w.scim.patch(`/Users/${user.id}`, [{ op: 'replace', path: 'userName', value: uniqueEmail('other') }]);

    const [patch, group, duplicate, created] = await activity(w);
    expect(created).toMatchObject({ method: 'POST', status: 201, target: userName, scimType: null, scimDetail: null });
    expect(duplicate).toMatchObject({ method: 'POST', status: 409, scimType: 'uniqueness', target: userName, scimDetail: expect.stringContaining('already provisioned') });
    expect(group).toMatchObject({ method: 'POST', resourceType: 'Groups', status: 400, scimType: 'invalidValue', target: 'Ghosts', scimDetail: expect.stringContaining('00000000-0000-4000-8000-000000000000') });
    expect(patch).toMatchObject({ method: 'PATCH', status: 400, target: user.id, scimDetail: expect.stringMatching(/userName/) });
    const byTarget = await activity(w, `?target=${encodeURIComponent(userName.toUpperCase())}`);
    expect(byTarget.map((e) => e.status)).toEqual([409, 201]);
  });

  it('admin actions are audited: who, what, when, before and after; never a token', async () => {
    const w = await MappingWorld.create(t, { groupProvisioning: false });
    const alice = asAlice(w);
    const started = new Date();
    await alice('patch', '/api/v1/scim/settings', { groupProvisioningEnabled: true }).expect(200);
    const rule = (await alice('post', '/api/v1/scim/mapping-rules', { name: 'Teams', type: 'prefix', pattern: 'team-', targetType: 'team', autoApprove: false, priority: 10 }).expect(201)).body;
    await alice('patch', `/api/v1/scim/mapping-rules/${rule.id}`, { autoApprove: true }).expect(200);
    await alice('delete', `/api/v1/scim/mapping-rules/${rule.id}`).expect(204);
    await alice('patch', '/api/v1/scim/mapping-rules/00000000-0000-4000-8000-000000000000', { autoApprove: true }).expect(404);

    const groupId = await w.createGroup('Pending one');
    const entityId = await w.createEntity('team', 'Target team');
    const mapping = (await alice('post', `/api/v1/scim/groups/${groupId}/mappings`, { targetType: 'team' }).expect(201)).body;
    await alice('post', `/api/v1/scim/mappings/${mapping.id}/approve`, { entityId }).expect(200);
    const regenerated = await alice('post', '/api/v1/scim/token').expect(201);

    const { items, total } = await audit(w, '?pageSize=200');
    expect(items.every((e) => new Date(e.occurredAt) >= new Date(started.getTime() - 1000))).toBe(true);
    const byKind = (kind: string) => items.filter((e) => e.kind === kind);

    expect(byKind('settings.updated')).toEqual([
      expect.objectContaining({ actor: 'alice@acme.test', targetType: 'settings', before: expect.objectContaining({ groupProvisioningEnabled: false }), after: expect.objectContaining({ groupProvisioningEnabled: true }) }),
    ]);
    const [tokenChange] = byKind('scim_token.regenerated');
    expect(tokenChange.after).toEqual(expect.objectContaining({ id: regenerated.body.id, prefix: regenerated.body.prefix }));
    expect(tokenChange.before?.id).not.toBe(regenerated.body.id);
    expect(JSON.stringify(items)).not.toContain(regenerated.body.token);
    expect(JSON.stringify(items)).not.toContain(w.org.scimToken);

    expect(byKind('mapping_rule.created')).toEqual([expect.objectContaining({ targetId: rule.id, before: null, after: expect.objectContaining({ autoApprove: false }) })]);
    expect(byKind('mapping_rule.updated')).toEqual([
      expect.objectContaining({ targetId: rule.id, before: expect.objectContaining({ autoApprove: false }), after: expect.objectContaining({ autoApprove: true }) }),
    ]);
    expect(byKind('mapping_rule.deleted')).toEqual([expect.objectContaining({ targetId: rule.id, before: expect.objectContaining({ autoApprove: true }), after: null })]);
    expect(byKind('mapping.approved')).toEqual([
      expect.objectContaining({ targetId: mapping.id, before: expect.objectContaining({ status: 'pending' }), after: expect.objectContaining({ status: 'approved', entityId }) }),
    ]);
    // A refused request changed nothing: not in the log (one update only, the 404 is absent).
    expect(byKind('mapping_rule.updated')).toHaveLength(1);

    // Filterable by kind (whole or area) and by time, and paged.
    const rules = await audit(w, '?kind=mapping_rule');
    expect(rules.items.map((e) => e.kind)).toEqual(['mapping_rule.deleted', 'mapping_rule.updated', 'mapping_rule.created']);
    expect((await audit(w, '?kind=mapping_rule.updated')).total).toBe(1);
    expect((await audit(w, `?from=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).total).toBe(0);
    expect((await audit(w, `?to=${encodeURIComponent(started.toISOString())}`)).total).toBe(0);
    const page = await audit(w, '?page=2&pageSize=2');
    expect(page).toMatchObject({ page: 2, pageSize: 2, total });
    expect(page.items).toEqual(items.slice(2, 4));
    await w.admin('get', '/api/v1/audit?from=yesterday').expect(400);
  });

  it('another organization sees none of it', async () => {
    const w = await MappingWorld.create(t);
    const other = await MappingWorld.create(t, { groupProvisioning: false });
    expect((await audit(w)).total).toBeGreaterThan(0);
    expect((await audit(other)).total).toBe(0);
  });

  it('a mapped team that cannot follow its group\'s new name is recorded in the audit log', async () => {
    const w = await MappingWorld.create(t);
    const groupId = await w.createGroup('Blue');
    const blue = await w.createEntity('team', 'Blue');
    await w.createEntity('team', 'Red');
    await w.admin('post', `/api/v1/scim/groups/${groupId}/mappings`, { targetType: 'team', entityId: blue }).expect(201);
    await t.drain();
    await w.renameGroup(groupId, 'Red');
    await t.drain();
    const { items } = await audit(w, '?kind=entity.rename_skipped');
    expect(items).toEqual([
      expect.objectContaining({
        actor: 'system',
        targetType: 'team',
        targetId: blue,
        after: expect.objectContaining({ name: 'Blue', wantedName: 'Red', groupId, reason: expect.any(String) }),
      }),
    ]);
  });
});
