import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TestApp } from '@app/testing';
import { MappingWorld } from './mapping-fixtures';

/**
 * The vendor's PingOne guide pushes groups first and adds a Match All → Team rule after: rules only
 * run on create and rename, so "apply rules to existing groups" maps what was pushed before,
 * after a preview that changes nothing.
 */
describe('Apply rules to existing groups', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  const preview = async (w: MappingWorld, query = '') => (await w.admin('get', `/api/v1/scim/mapping-rules/apply/preview${query}`).expect(200)).body;

  async function groupsPushedBeforeTheRules() {
    const w = await MappingWorld.create(t);
    const [ann, ben] = await w.users(2);
    const eng = await w.createGroup('Eng', [ann, ben]);
    const qa = await w.createGroup('QA', [ann]);
    const ops = await w.createGroup('ops-east', [ben]);
    const lab = await w.createGroup('lab-1');
    const mapped = await w.createGroup('Mapped by hand');
    const qaTeam = await w.createEntity('team', 'QA');
    await w.admin('post', `/api/v1/scim/groups/${mapped}/mappings`, { targetType: 'team', entityId: qaTeam }).expect(201);
    await w.createRule({ name: 'Every group is a team', type: 'match_all', targetType: 'team', autoApprove: true, priority: 10 });
    const opsRule = await w.createRule({ name: 'Ops sub-orgs', type: 'prefix', pattern: 'ops-', targetType: 'sub_organization', autoApprove: true, priority: 20 });
    const labRule = await w.createRule({ name: 'Labs', type: 'prefix', pattern: 'lab-', targetType: 'concurrency_group', autoApprove: false, priority: 30 });
    await t.drain();
    // Rules do not run on their own for groups that already exist.
    expect(await w.mappings(eng)).toEqual([]);
    return { w, ann, ben, eng, qa, ops, lab, mapped, qaTeam, opsRule, labRule };
  }

  it('previews which unmapped groups each rule would map, to what, with which status, changing nothing', async () => {
    const { w, eng, qa, ops, lab, qaTeam, opsRule, labRule } = await groupsPushedBeforeTheRules();
    const body = await preview(w);
    expect(body).toMatchObject({ page: 1, pageSize: 50, total: 4 });
    const byGroup = Object.fromEntries(body.items.map((item: { groupId: string }) => [item.groupId, item]));
    expect(Object.keys(byGroup).sort()).toEqual([eng, qa, ops, lab].sort());
    expect(byGroup[eng]).toEqual({
      groupId: eng,
      groupName: 'Eng',
      rule: expect.objectContaining({ name: 'Every group is a team', priority: 10 }),
      targetType: 'team',
      target: { entityId: null, name: 'Eng', create: true },
      status: 'auto_approved',
      reason: null,
    });
    expect(byGroup[qa]).toMatchObject({ targetType: 'team', target: { entityId: qaTeam, name: 'QA', create: false }, status: 'pending', reason: expect.stringContaining('already the target') });
    expect(byGroup[ops]).toMatchObject({ rule: { id: opsRule.id }, targetType: 'sub_organization', target: { entityId: null, create: false }, status: 'pending', reason: expect.stringContaining('never created') });
    expect(byGroup[lab]).toMatchObject({ rule: { id: labRule.id }, targetType: 'concurrency_group', target: { entityId: null, name: null, create: false }, status: 'pending' });

    const paged = await preview(w, '?page=2&pageSize=3');
    expect(paged).toMatchObject({ page: 2, pageSize: 3, total: 4 });
    expect(paged.items).toHaveLength(1);
    await w.admin('get', '/api/v1/scim/mapping-rules/apply/preview?pageSize=0').expect(400);

    // Nothing changed.
    expect(await w.mappings(eng)).toEqual([]);
    expect(await w.entityNamed('team', 'Eng')).toBeUndefined();
  });

  it('applies what the preview showed; mappings admins made are untouched; applying again maps nothing', async () => {
    const { w, ann, ben, eng, qa, ops, lab, mapped, qaTeam } = await groupsPushedBeforeTheRules();
    const response = await w.admin('post', '/api/v1/scim/mapping-rules/apply').expect(200);
    expect(response.body).toEqual({ groupsMapped: 4, autoApproved: 1, pending: 3 });
    await t.drain();

    const engTeam = await w.entityNamed('team', 'Eng');
    expect(await w.mappings(eng)).toEqual([expect.objectContaining({ status: 'auto_approved', targetType: 'team', entityId: engTeam!.id, createdBy: 'rule' })]);
    expect(await w.memberIds('team', engTeam!.id)).toEqual([ann, ben].sort());
    expect(await w.mappings(qa)).toEqual([expect.objectContaining({ status: 'pending', targetType: 'team', createdBy: 'rule' })]);
    expect(await w.mappings(ops)).toEqual([expect.objectContaining({ status: 'pending', targetType: 'sub_organization' })]);
    expect(await w.mappings(lab)).toEqual([expect.objectContaining({ status: 'pending', targetType: 'concurrency_group' })]);
    expect(await w.mappings(mapped)).toEqual([expect.objectContaining({ status: 'approved', entityId: qaTeam, createdBy: 'admin' })]);

    expect((await w.admin('post', '/api/v1/scim/mapping-rules/apply').expect(200)).body).toEqual({ groupsMapped: 0, autoApproved: 0, pending: 0 });
    expect((await preview(w)).total).toBe(0);
  });

  it('is in the OpenAPI document', () => {
    const document = JSON.parse(readFileSync(path.join(__dirname, '..', 'openapi.json'), 'utf8'));
    expect(document.paths['/api/v1/scim/mapping-rules/apply/preview'].get.responses['200']).toBeDefined();
    expect(document.paths['/api/v1/scim/mapping-rules/apply'].post.responses['200']).toBeDefined();
  });
});
