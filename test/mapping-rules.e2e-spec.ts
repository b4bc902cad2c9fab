import { TestApp } from '@app/testing';
import { MappingWorld } from './mapping-fixtures';

/** docs/mapping-rules.md: mapping rules, evaluated when the IdP creates, restores or renames a group. */
describe('Mapping rules (docs/mapping-rules.md)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });

  afterAll(async () => {
    await t.stop();
  });

  it('tries rules from the highest priority: prefix, prefix, then a Match All without auto-approve leaves a Pending mapping', async () => {
    const w = await MappingWorld.create(t);
    const engPlatform = await w.createRule({ name: 'platform', type: 'prefix', pattern: 'Eng-Platform', targetType: 'concurrency_group', autoApprove: true, priority: 30 });
    const eng = await w.createRule({ name: 'eng', type: 'prefix', pattern: 'eng-', targetType: 'team', autoApprove: true, priority: 20 });
    const all = await w.createRule({ name: 'all', type: 'match_all', targetType: 'team', autoApprove: false, priority: 10 });

    const platform = await w.createGroup('eng-platform-core');
    const web = await w.createGroup('  ENG-web');
    const sales = await w.createGroup('Sales');

    expect(await w.mappings(platform)).toEqual([expect.objectContaining({ ruleId: engPlatform.id, targetType: 'concurrency_group', status: 'auto_approved', createdBy: 'rule' })]);
    expect(await w.mappings(web)).toEqual([expect.objectContaining({ ruleId: eng.id, targetType: 'team', status: 'auto_approved' })]);
    expect(await w.mappings(sales)).toEqual([expect.objectContaining({ ruleId: all.id, targetType: 'team', status: 'pending', entityId: null })]);
    // No Team was created for the group that only got a Pending mapping.
    expect(await w.entityNamed('team', 'Sales')).toBeUndefined();
  });

  it('evaluates a regex rule against the group name, and refuses an invalid regex with its parse error', async () => {
    const w = await MappingWorld.create(t);
    const invalid = await w.admin('post', '/api/v1/scim/mapping-rules', { name: 'bad', type: 'regex', pattern: '(unclosed', targetType: 'team' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.message).toMatch(/missing closing \)/);

    await w.createRule({ name: 'numbered', type: 'regex', pattern: '^squad-[0-9]+$', targetType: 'team', autoApprove: true });
    const squad = await w.createGroup('squad-7');
    const other = await w.createGroup('squad-x');
    expect(await w.mappings(squad)).toEqual([expect.objectContaining({ status: 'auto_approved' })]);
    expect(await w.mappings(other)).toEqual([]);
  });

  it('auto-approve creates the Team named after the group and syncs its members', async () => {
    const w = await MappingWorld.create(t);
    await w.createRule({ name: 'all', type: 'match_all', targetType: 'team', autoApprove: true });
    const members = await w.users(2);
    const groupId = await w.createGroup('QA Guild', members);

    const team = await w.entityNamed('team', 'QA Guild');
    expect(team).toBeDefined();
    expect(await w.mappings(groupId)).toEqual([expect.objectContaining({ entityId: team!.id, status: 'auto_approved' })]);
    expect(await w.memberIds('team', team!.id)).toEqual([...members].sort());
  });

  it('auto-approve reuses an existing entity with the group name', async () => {
    const w = await MappingWorld.create(t);
    const existing = await w.createEntity('concurrency_group', 'Load Testers');
    await w.createRule({ name: 'cg', type: 'match_all', targetType: 'concurrency_group', autoApprove: true });
    const groupId = await w.createGroup('Load Testers');
    expect(await w.mappings(groupId)).toEqual([expect.objectContaining({ entityId: existing, status: 'auto_approved' })]);
  });

  it('never creates a Sub-Organization: the mapping stays Pending, unless one with that name exists', async () => {
    const w = await MappingWorld.create(t);
    await w.createRule({ name: 'subs', type: 'match_all', targetType: 'sub_organization', autoApprove: true });
    const unknown = await w.createGroup('EMEA');
    expect(await w.mappings(unknown)).toEqual([expect.objectContaining({ targetType: 'sub_organization', status: 'pending', entityId: null })]);
    expect(await w.entityNamed('sub_organization', 'EMEA')).toBeUndefined();

    const apac = await w.createEntity('sub_organization', 'APAC');
    const known = await w.createGroup('APAC');
    expect(await w.mappings(known)).toEqual([expect.objectContaining({ entityId: apac, status: 'auto_approved' })]);
  });

  it('renaming the group renames its mapped Team and Concurrency Group, never a Sub-Organization', async () => {
    const w = await MappingWorld.create(t);
    await w.createRule({ name: 'teams', type: 'match_all', targetType: 'team', autoApprove: true, priority: 2 });
    const groupId = await w.createGroup('Mobile');
    const team = (await w.entityNamed('team', 'Mobile'))!;
    const cg = await w.createEntity('concurrency_group', 'Mobile CG');
    const sub = await w.createEntity('sub_organization', 'Mobile Sub');
    await w.admin('post', `/api/v1/scim/groups/${groupId}/mappings`, { targetType: 'concurrency_group', entityId: cg }).expect(201);
    await w.admin('post', `/api/v1/scim/groups/${groupId}/mappings`, { targetType: 'sub_organization', entityId: sub }).expect(201);
    await t.drain();

    await w.renameGroup(groupId, 'Mobile Apps');

    expect((await w.entityNamed('team', 'Mobile Apps'))?.id).toBe(team.id);
    expect((await w.entityNamed('concurrency_group', 'Mobile Apps'))?.id).toBe(cg);
    expect((await w.entityNamed('sub_organization', 'Mobile Sub'))?.id).toBe(sub);
    expect((await w.mappings(groupId)).map((m) => m.status)).toEqual(['auto_approved', 'approved', 'approved']);
  });

  it('a rename that makes a different rule match sends the rule-made mapping back to Pending, and its members lose it', async () => {
    const w = await MappingWorld.create(t);
    const eng = await w.createRule({ name: 'eng', type: 'prefix', pattern: 'eng-', targetType: 'team', autoApprove: true, priority: 2 });
    await w.createRule({ name: 'ops', type: 'prefix', pattern: 'ops-', targetType: 'team', autoApprove: true, priority: 1 });
    const [member] = await w.users(1);
    const groupId = await w.createGroup('eng-infra', [member]);
    const team = (await w.entityNamed('team', 'eng-infra'))!;
    expect(await w.memberIds('team', team.id)).toEqual([member]);

    await w.renameGroup(groupId, 'ops-infra');

    expect(await w.mappings(groupId)).toEqual([expect.objectContaining({ ruleId: eng.id, entityId: team.id, status: 'pending' })]);
    expect(await w.memberIds('team', team.id)).toEqual([]);
    // The old team kept its name: a Pending mapping does not drive it, and no second Team was made.
    expect(await w.entityNamed('team', 'ops-infra')).toBeUndefined();

    // Same rule after a rename: nothing moves.
    const stable = await w.createGroup('eng-data', [member]);
    await w.renameGroup(stable, 'eng-data-platform');
    expect(await w.mappings(stable)).toEqual([expect.objectContaining({ ruleId: eng.id, status: 'auto_approved' })]);
  });

  it('a deleted target entity sends the mapping back to Pending flagged targetDeleted, without recreating it in a loop', async () => {
    const w = await MappingWorld.create(t);
    await w.createRule({ name: 'all', type: 'match_all', targetType: 'team', autoApprove: true });
    const [member] = await w.users(1);
    const groupId = await w.createGroup('Research', [member]);
    const team = (await w.entityNamed('team', 'Research'))!;

    await w.deleteEntity('team', team.id);

    expect(await w.mappings(groupId)).toEqual([expect.objectContaining({ entityId: team.id, status: 'pending', targetDeleted: true })]);
    expect(await w.entityNamed('team', 'Research')).toBeUndefined();
    // IdP traffic that re-runs rules (a rename) must not bring the deleted team back.
    await w.renameGroup(groupId, 'Research Lab');
    await w.addMembers(groupId, await w.users(1));
    expect(await w.entityNamed('team', 'Research Lab')).toBeUndefined();
    expect(await w.mappings(groupId)).toEqual([expect.objectContaining({ status: 'pending', targetDeleted: true })]);

    const listed = await w.admin('get', '/api/v1/scim/mappings?targetDeleted=true').expect(200);
    expect(listed.body.items.map((m: { groupId: string }) => m.groupId)).toEqual([groupId]);

    // The admin acts: approve with a new team; members follow.
    const approved = await w.admin('post', `/api/v1/scim/mappings/${listed.body.items[0].id}/approve`, { createEntityName: 'Research Lab' }).expect(200);
    await t.drain();
    expect(approved.body).toMatchObject({ status: 'approved', targetDeleted: false });
    const newTeam = (await w.entityNamed('team', 'Research Lab'))!;
    expect(await w.memberIds('team', newTeam.id)).toHaveLength(2);
  });

  it('never touches a mapping an admin made', async () => {
    const w = await MappingWorld.create(t);
    const [member] = await w.users(1);
    const groupId = await w.createGroup('Design', [member]);
    const manualTeam = await w.createEntity('team', 'Hand Picked');
    const manual = await w.admin('post', `/api/v1/scim/groups/${groupId}/mappings`, { targetType: 'team', entityId: manualTeam }).expect(201);
    await t.drain();
    expect(manual.body).toMatchObject({ createdBy: 'admin', status: 'approved', ruleId: null });

    await w.createRule({ name: 'all', type: 'match_all', targetType: 'team', autoApprove: true, priority: 5 });
    await w.renameGroup(groupId, 'Design System');

    expect(await w.mappings(groupId)).toEqual([expect.objectContaining({ id: manual.body.id, entityId: manualTeam, status: 'approved', createdBy: 'admin' })]);
    expect(await w.entityNamed('team', 'Design System')).toBeDefined(); // renamed: it is the mapped team
    expect((await w.entityNamed('team', 'Design System'))!.id).toBe(manualTeam);
  });

  it('re-evaluates rules when a deleted group is restored', async () => {
    const w = await MappingWorld.create(t);
    await w.createRule({ name: 'all', type: 'match_all', targetType: 'team', autoApprove: true });
    const [member] = await w.users(1);
    const groupId = await w.createGroup('Returners', [member]);
    await w.deleteGroup(groupId);
    expect((await w.mappings(groupId)).map((m) => m.status)).toEqual(['rejected']);

    const restoredId = await w.createGroup('Returners', [member]);
    expect(restoredId).toBe(groupId);
    const statuses = (await w.mappings(groupId)).map((m) => m.status).sort();
    expect(statuses).toEqual(['auto_approved', 'rejected']);
    const team = (await w.entityNamed('team', 'Returners'))!;
    expect(await w.memberIds('team', team.id)).toEqual([member]);
  });

  it('CRUD and reorder of rules', async () => {
    const w = await MappingWorld.create(t);
    const a = await w.createRule({ name: 'a', type: 'prefix', pattern: 'a', targetType: 'team', priority: 1 });
    const b = await w.createRule({ name: 'b', type: 'prefix', pattern: 'b', targetType: 'team', priority: 2 });
    const c = await w.createRule({ name: 'c', type: 'match_all', targetType: 'concurrency_group', priority: 3 });
    expect((await w.admin('get', '/api/v1/scim/mapping-rules').expect(200)).body.items.map((r: { id: string }) => r.id)).toEqual([c.id, b.id, a.id]);

    const reordered = await w.admin('post', '/api/v1/scim/mapping-rules/reorder', { ids: [a.id, c.id, b.id] }).expect(200);
    expect(reordered.body.map((r: { id: string; priority: number }) => [r.id, r.priority])).toEqual([[a.id, 3], [c.id, 2], [b.id, 1]]);
    await w.admin('post', '/api/v1/scim/mapping-rules/reorder', { ids: [a.id, c.id] }).expect(400);

    const patched = await w.admin('patch', `/api/v1/scim/mapping-rules/${b.id}`, { type: 'regex', pattern: '^b.*', enabled: false }).expect(200);
    expect(patched.body).toMatchObject({ type: 'regex', pattern: '^b.*', enabled: false });
    await w.admin('patch', `/api/v1/scim/mapping-rules/${b.id}`, { pattern: '[' }).expect(400);
    await w.admin('patch', `/api/v1/scim/mapping-rules/${a.id}`, { type: 'regex' }).expect(200);
    await w.admin('post', '/api/v1/scim/mapping-rules', { name: 'p', type: 'prefix', targetType: 'team' }).expect(400);
    await w.admin('post', '/api/v1/scim/mapping-rules', { name: 'p', type: 'wildcard', targetType: 'team' }).expect(400);

    expect((await w.admin('get', `/api/v1/scim/mapping-rules/${c.id}`).expect(200)).body).toMatchObject({ name: 'c', targetType: 'concurrency_group' });
    await w.admin('delete', `/api/v1/scim/mapping-rules/${c.id}`).expect(204);
    await w.admin('get', `/api/v1/scim/mapping-rules/${c.id}`).expect(404);
    await w.admin('delete', `/api/v1/scim/mapping-rules/${c.id}`).expect(404);

    // Another org sees none of it.
    const other = await MappingWorld.create(t);
    await other.admin('get', `/api/v1/scim/mapping-rules/${a.id}`).expect(404);
    expect((await other.admin('get', '/api/v1/scim/mapping-rules').expect(200)).body).toEqual({ items: [], page: 1, pageSize: 50, total: 0 });
  });
});
