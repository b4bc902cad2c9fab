import { TestApp } from '@app/testing';
import { MappingWorld } from './mapping-fixtures';

/** docs/assignments.md: SCIM-derived assignments follow membership and mapping state, recomputed from state. */
describe('Assignments from mappings (docs/assignments.md)', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });

  afterAll(async () => {
    await t.stop();
  });

  async function mappedTeamGroup(w: MappingWorld, name: string, members: string[]): Promise<{ groupId: string; teamId: string }> {
    const groupId = await w.createGroup(name, members);
    const teamId = await w.createEntity('team', `${name} team`);
    await w.admin('post', `/api/v1/scim/groups/${groupId}/mappings`, { targetType: 'team', entityId: teamId }).expect(201);
    await t.drain();
    return { groupId, teamId };
  }

  it('a user added to or removed from a mapped group gains or loses the target', async () => {
    const w = await MappingWorld.create(t);
    const [alice, bob] = await w.users(2);
    const { groupId, teamId } = await mappedTeamGroup(w, 'Frontend', [alice]);
    expect(await w.memberIds('team', teamId)).toEqual([alice]);

    await w.addMembers(groupId, [bob]);
    expect(await w.memberIds('team', teamId)).toEqual([alice, bob].sort());

    await w.removeMembers(groupId, [alice]);
    expect(await w.memberIds('team', teamId)).toEqual([bob]);
  });

  it('an unmapped or Pending group gives nothing; approving syncs every member, rejecting takes it back', async () => {
    const w = await MappingWorld.create(t);
    const members = await w.users(3);
    const groupId = await w.createGroup('Backend', members);
    const pending = await w.admin('post', `/api/v1/scim/groups/${groupId}/mappings`, { targetType: 'team' }).expect(201);
    expect(pending.body).toMatchObject({ status: 'pending', entityId: null });

    await w.admin('post', `/api/v1/scim/mappings/${pending.body.id}/approve`, {}).expect(400);
    const approved = await w.admin('post', `/api/v1/scim/mappings/${pending.body.id}/approve`, { createEntityName: 'Backend' }).expect(200);
    await t.drain();
    expect(await w.memberIds('team', approved.body.entityId)).toEqual([...members].sort());

    await w.admin('post', `/api/v1/scim/mappings/${pending.body.id}/reject`).expect(200);
    await t.drain();
    expect(await w.memberIds('team', approved.body.entityId)).toEqual([]);
    await w.admin('post', `/api/v1/scim/mappings/${pending.body.id}/approve`, {}).expect(409);
  });

  it('re-targeting moves every member from the old target to the new one', async () => {
    const w = await MappingWorld.create(t);
    const members = await w.users(2);
    const { groupId, teamId } = await mappedTeamGroup(w, 'Platform', members);
    const [mapping] = await w.mappings(groupId);
    const newTeam = await w.createEntity('team', 'Platform v2');

    await w.admin('post', `/api/v1/scim/mappings/${mapping.id}/retarget`, { entityId: newTeam }).expect(200);
    await t.drain();

    expect(await w.memberIds('team', teamId)).toEqual([]);
    expect(await w.memberIds('team', newTeam)).toEqual([...members].sort());
  });

  it('an entity is the target of one group only: a second live mapping to it is a 409', async () => {
    const w = await MappingWorld.create(t);
    const { teamId } = await mappedTeamGroup(w, 'Owners', []);
    const second = await w.createGroup('Pretenders');
    const refused = await w.admin('post', `/api/v1/scim/groups/${second}/mappings`, { targetType: 'team', entityId: teamId }).expect(409);
    expect(refused.body.message).toMatch(/already the target/);

    const pending = await w.admin('post', `/api/v1/scim/groups/${second}/mappings`, { targetType: 'team' }).expect(201);
    await w.admin('post', `/api/v1/scim/mappings/${pending.body.id}/approve`, { entityId: teamId }).expect(409);
    await w.admin('post', `/api/v1/scim/mappings/${pending.body.id}/retarget`, { entityId: teamId }).expect(409);
    // Mapping input is validated: unknown entity, wrong type, sub-org creation, unknown group.
    await w.admin('post', `/api/v1/scim/groups/${second}/mappings`, { targetType: 'concurrency_group', entityId: teamId }).expect(400);
    await w.admin('post', `/api/v1/scim/groups/${second}/mappings`, { targetType: 'sub_organization', createEntityName: 'New Sub' }).expect(400);
    await w.admin('post', `/api/v1/scim/groups/${second}/mappings`, { targetType: 'galaxy' }).expect(400);
    await w.admin('post', `/api/v1/scim/groups/00000000-0000-4000-8000-000000000000/mappings`, { targetType: 'team' }).expect(404);
  });

  it('a member of two mapped groups keeps each team until the group that gives it is gone', async () => {
    const w = await MappingWorld.create(t);
    const [carol] = await w.users(1);
    const a = await mappedTeamGroup(w, 'Guild A', [carol]);
    const b = await mappedTeamGroup(w, 'Guild B', [carol]);
    expect(await w.memberIds('team', a.teamId)).toEqual([carol]);
    expect(await w.memberIds('team', b.teamId)).toEqual([carol]);

    await w.removeMembers(a.groupId, [carol]);
    expect(await w.memberIds('team', a.teamId)).toEqual([]);
    expect(await w.memberIds('team', b.teamId)).toEqual([carol]);

    await w.deleteGroup(b.groupId);
    expect(await w.memberIds('team', b.teamId)).toEqual([]);
    expect((await w.mappings(b.groupId)).map((m) => m.status)).toEqual(['rejected']);
  });

  it('a team membership removed by hand comes back with the next change that touches the user', async () => {
    const w = await MappingWorld.create(t);
    const [dave] = await w.users(1);
    const { teamId } = await mappedTeamGroup(w, 'Docs', [dave]);
    await w.removeMemberByHand('team', teamId, dave);
    expect(await w.memberIds('team', teamId)).toEqual([]);

    const other = await w.createGroup('Unrelated');
    await w.addMembers(other, [dave]);
    expect(await w.memberIds('team', teamId)).toEqual([dave]);
  });

  it('lists mappings by status with paging', async () => {
    const w = await MappingWorld.create(t);
    await w.createRule({ name: 'all', type: 'match_all', targetType: 'team', autoApprove: false });
    for (const name of ['P1', 'P2', 'P3']) await w.createGroup(name);
    const page = await w.admin('get', '/api/v1/scim/mappings?status=pending&page=2&pageSize=2').expect(200);
    expect(page.body).toMatchObject({ total: 3, page: 2, pageSize: 2 });
    expect(page.body.items).toHaveLength(1);
    await w.admin('get', '/api/v1/scim/mappings?status=bogus').expect(400);
    await w.admin('get', '/api/v1/scim/mappings?pageSize=0').expect(400);
  });

  it('reconcile restores the derived state the events produced after it was corrupted, and keeps manual removals', async () => {
    const w = await MappingWorld.create(t);
    const members = await w.users(3);
    const { teamId } = await mappedTeamGroup(w, 'Reconciled', members);
    expect(await w.reconcile()).toMatchObject({ assignments: { usersChanged: 0 }, totalChanges: 0 });

    // Corruption: derived assignment rows lost behind the mapping's back.
    await w.corrupt(`delete from org_entities.assignment where entity_id = ? and user_id = any(?::uuid[])`, [teamId, `{${members.slice(0, 2).join(',')}}`]);
    expect(await w.memberIds('team', teamId)).toEqual([members[2]]);
    const report = await w.reconcile();
    expect(report).toMatchObject({ assignments: { usersChanged: 2 }, totalChanges: 2 });
    expect(await w.memberIds('team', teamId)).toEqual([...members].sort());

    // An admin's manual removal is a decision, not corruption: reconcile leaves it alone.
    await w.removeMemberByHand('team', teamId, members[0]);
    expect(await w.reconcile()).toMatchObject({ assignments: { usersChanged: 0 }, totalChanges: 0 });
    expect(await w.memberIds('team', teamId)).toEqual([members[1], members[2]].sort());
  });
});
