import { JsonBody, TestApp } from '@app/testing';
import { MappingWorld } from './mapping-fixtures';

type TargetType = 'team' | 'concurrency_group' | 'sub_organization';

/** docs/assignments.md: conflicts over exclusive entities, decided by admins or settled by themselves. */
describe('Conflicts (docs/assignments.md)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });

  afterAll(async () => {
    await t.stop();
  });

  async function mappedGroup(w: MappingWorld, name: string, targetType: TargetType, members: string[]): Promise<{ groupId: string; entityId: string }> {
    const groupId = await w.createGroup(name, members);
    const entityId = await w.createEntity(targetType, `${name} ${targetType}`);
    await w.admin('post', `/api/v1/scim/groups/${groupId}/mappings`, { targetType, entityId }).expect(201);
    await t.drain();
    return { groupId, entityId };
  }

  async function conflicts(w: MappingWorld, query = ''): Promise<JsonBody[]> {
    const response = await w.admin('get', `/api/v1/scim/conflicts${query}`).expect(200);
    return response.body.items;
  }

  const openOnes = (w: MappingWorld) => conflicts(w, '?status=open');

  async function resolve(w: MappingWorld, id: string, resolution: string): Promise<JsonBody> {
    const response = await w.admin('post', `/api/v1/scim/conflicts/${id}/resolve`, { resolution }).expect(200);
    await t.drain();
    return response.body;
  }

  /** erin holds CG One through group One, then group Two (CG Two) claims her too. */
  async function concurrencyConflict() {
    const w = await MappingWorld.create(t);
    const [erin] = await w.users(1);
    const one = await mappedGroup(w, 'One', 'concurrency_group', [erin]);
    const two = await mappedGroup(w, 'Two', 'concurrency_group', []);
    await w.addMembers(two.groupId, [erin]);
    return { w, erin, one, two };
  }

  it('two concurrency groups: the user keeps the current one and one conflict opens', async () => {
    const { w, erin, one, two } = await concurrencyConflict();
    expect(await w.memberIds('concurrency_group', one.entityId)).toEqual([erin]);
    expect(await w.memberIds('concurrency_group', two.entityId)).toEqual([]);
    expect(await openOnes(w)).toEqual([
      expect.objectContaining({
        userId: erin,
        type: 'exclusive_concurrency_group',
        slot: 'concurrency_group',
        status: 'open',
        resolution: null,
        current: { groupId: one.groupId, groupName: 'One', targetType: 'concurrency_group', entityId: one.entityId, entityName: 'One concurrency_group' },
        incoming: { groupId: two.groupId, groupName: 'Two', targetType: 'concurrency_group', entityId: two.entityId, entityName: 'Two concurrency_group' },
      }),
    ]);
  });

  it('repeated pushes and a reconcile leave the same single open conflict and the same assignments', async () => {
    const { w, erin, one, two } = await concurrencyConflict();
    const [before] = await openOnes(w);
    await w.addMembers(two.groupId, [erin]);
    await w.addMembers(one.groupId, [erin]);
    await w.reconcile();
    await w.reconcile();
    expect(await conflicts(w)).toEqual([before]);
    expect(await w.memberIds('concurrency_group', one.entityId)).toEqual([erin]);
    expect(await w.memberIds('concurrency_group', two.entityId)).toEqual([]);
  });

  it('keep current: resolved by the admin, the user stays', async () => {
    const { w, erin, one, two } = await concurrencyConflict();
    const [open] = await openOnes(w);
    const resolved = await resolve(w, open.id, 'keep_current');
    expect(resolved).toEqual(expect.objectContaining({ id: open.id, status: 'resolved', resolution: 'keep_current', resolvedBy: expect.stringMatching(/^admin:/) }));
    expect(await openOnes(w)).toEqual([]);
    expect(await w.memberIds('concurrency_group', one.entityId)).toEqual([erin]);
    expect(await w.memberIds('concurrency_group', two.entityId)).toEqual([]);
    await w.admin('post', `/api/v1/scim/conflicts/${open.id}/resolve`, { resolution: 'use_incoming' }).expect(409);
  });

  it('use incoming applies at once and is remembered when the same combination comes back', async () => {
    const { w, erin, one, two } = await concurrencyConflict();
    const [open] = await openOnes(w);
    await resolve(w, open.id, 'use_incoming');
    expect(await w.memberIds('concurrency_group', two.entityId)).toEqual([erin]);
    expect(await w.memberIds('concurrency_group', one.entityId)).toEqual([]);

    // Leaving Two leaves only One; coming back to Two brings the same combination: decided already.
    await w.removeMembers(two.groupId, [erin]);
    expect(await w.memberIds('concurrency_group', one.entityId)).toEqual([erin]);
    await w.addMembers(two.groupId, [erin]);
    expect(await openOnes(w)).toEqual([]);
    expect(await w.memberIds('concurrency_group', two.entityId)).toEqual([erin]);
    expect(await w.memberIds('concurrency_group', one.entityId)).toEqual([]);
    await w.reconcile();
    expect(await conflicts(w)).toHaveLength(1);
    expect(await w.memberIds('concurrency_group', two.entityId)).toEqual([erin]);

    // A different combination (a third group, another CG) is not covered by the decision.
    const three = await mappedGroup(w, 'Three', 'concurrency_group', []);
    await w.removeMembers(one.groupId, [erin]);
    await w.addMembers(three.groupId, [erin]);
    expect(await openOnes(w)).toEqual([
      expect.objectContaining({ current: expect.objectContaining({ groupId: two.groupId }), incoming: expect.objectContaining({ groupId: three.groupId }) }),
    ]);
  });

  it('two sub-organizations: an exclusive_sub_org conflict', async () => {
    const w = await MappingWorld.create(t);
    const [finn] = await w.users(1);
    const north = await mappedGroup(w, 'North', 'sub_organization', [finn]);
    const south = await mappedGroup(w, 'South', 'sub_organization', [finn]);
    expect(await w.memberIds('sub_organization', north.entityId)).toEqual([finn]);
    expect(await w.memberIds('sub_organization', south.entityId)).toEqual([]);
    expect(await conflicts(w, '?type=exclusive_sub_org')).toEqual([
      expect.objectContaining({ userId: finn, slot: 'sub_organization', current: expect.objectContaining({ entityId: north.entityId }), incoming: expect.objectContaining({ entityId: south.entityId }) }),
    ]);
  });

  it('a sub-organization against a team: cross_type, and use incoming moves the user to the team', async () => {
    const w = await MappingWorld.create(t);
    const [gail] = await w.users(1);
    const branch = await mappedGroup(w, 'Branch', 'sub_organization', [gail]);
    const squad = await mappedGroup(w, 'Squad', 'team', [gail]);
    expect(await w.memberIds('sub_organization', branch.entityId)).toEqual([gail]);
    expect(await w.memberIds('team', squad.entityId)).toEqual([]);
    const [open] = await conflicts(w, `?type=cross_type&userId=${gail}&groupId=${squad.groupId}`);
    expect(open).toEqual(
      expect.objectContaining({
        slot: 'sub_organization',
        current: { groupId: branch.groupId, groupName: 'Branch', targetType: 'sub_organization', entityId: branch.entityId, entityName: 'Branch sub_organization' },
        incoming: { groupId: squad.groupId, groupName: 'Squad', targetType: 'team', entityId: squad.entityId, entityName: 'Squad team' },
      }),
    );
    await resolve(w, open.id, 'use_incoming');
    expect(await w.memberIds('team', squad.entityId)).toEqual([gail]);
    expect(await w.memberIds('sub_organization', branch.entityId)).toEqual([]);
  });

  it('a deleted group settles the conflict for the other side, whose target is applied', async () => {
    const { w, erin, one, two } = await concurrencyConflict();
    const [open] = await openOnes(w);
    await w.deleteGroup(one.groupId);
    const [settled] = await conflicts(w);
    expect(settled).toEqual(expect.objectContaining({ id: open.id, status: 'resolved', resolution: 'auto', resolvedBy: expect.stringMatching(/^auto:/) }));
    expect(await w.memberIds('concurrency_group', two.entityId)).toEqual([erin]);
  });

  it('the user leaving one side settles it too', async () => {
    const { w, erin, one, two } = await concurrencyConflict();
    await w.removeMembers(one.groupId, [erin]);
    expect(await openOnes(w)).toEqual([]);
    expect(await conflicts(w, '?status=resolved')).toEqual([expect.objectContaining({ resolution: 'auto', resolvedBy: 'auto:group_left' })]);
    expect(await w.memberIds('concurrency_group', two.entityId)).toEqual([erin]);
  });

  it('a rejected mapping settles a cross_type conflict and applies the waiting team', async () => {
    const w = await MappingWorld.create(t);
    const [ivy] = await w.users(1);
    const branch = await mappedGroup(w, 'Branch', 'sub_organization', [ivy]);
    const squad = await mappedGroup(w, 'Squad', 'team', [ivy]);
    expect(await w.memberIds('team', squad.entityId)).toEqual([]);
    const [mapping] = await w.mappings(branch.groupId);
    await w.admin('post', `/api/v1/scim/mappings/${mapping.id}/reject`).expect(200);
    await t.drain();
    expect(await openOnes(w)).toEqual([]);
    expect(await conflicts(w)).toEqual([expect.objectContaining({ type: 'cross_type', resolution: 'auto', resolvedBy: 'auto:mapping_stopped' })]);
    expect(await w.memberIds('team', squad.entityId)).toEqual([ivy]);
    expect(await w.memberIds('sub_organization', branch.entityId)).toEqual([]);
  });

  it('lists with paging and rejects bad input', async () => {
    const { w } = await concurrencyConflict();
    const page = await w.admin('get', '/api/v1/scim/conflicts?page=1&pageSize=1').expect(200);
    expect(page.body).toEqual({ items: [expect.any(Object)], page: 1, pageSize: 1, total: 1 });
    await w.admin('get', '/api/v1/scim/conflicts?status=maybe').expect(400);
    const [open] = await openOnes(w);
    await w.admin('post', `/api/v1/scim/conflicts/${open.id}/resolve`, { resolution: 'coin_toss' }).expect(400);
    await w.admin('post', '/api/v1/scim/conflicts/00000000-0000-4000-8000-000000000000/resolve', { resolution: 'keep_current' }).expect(404);
  });

  it('two pushes racing for one user end with one concurrency group and exactly one open conflict', async () => {
    const w = await MappingWorld.create(t);
    const [hank] = await w.users(1);
    const red = await mappedGroup(w, 'Red', 'concurrency_group', []);
    const blue = await mappedGroup(w, 'Blue', 'concurrency_group', []);
    const add = (groupId: string) => w.scim.patch(`/Groups/${groupId}`, [{ op: 'add', path: 'members', value: [{ value: hank }] }]);
    const responses = await Promise.all([add(red.groupId), add(blue.groupId)]);
    responses.forEach((r) => expect([200, 204]).toContain(r.status));
    await t.drain();
    const holders = [...(await w.memberIds('concurrency_group', red.entityId)), ...(await w.memberIds('concurrency_group', blue.entityId))];
    expect(holders).toEqual([hank]);
    const open = await openOnes(w);
    expect(open).toHaveLength(1);
    // The side the user keeps is the one holding them; the other group waits as the incoming side.
    const held = (await w.memberIds('concurrency_group', red.entityId)).length === 1 ? red : blue;
    const waiting = held === red ? blue : red;
    expect(open[0]).toEqual(
      expect.objectContaining({
        userId: hank,
        current: expect.objectContaining({ groupId: held.groupId, entityId: held.entityId }),
        incoming: expect.objectContaining({ groupId: waiting.groupId, entityId: waiting.entityId }),
      }),
    );
  });
});
