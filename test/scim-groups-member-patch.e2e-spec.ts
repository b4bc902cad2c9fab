import { expectScimError, GROUP_SCHEMA, outboxEvents, ScimClient, seedUsers, TestApp, TestOrg } from '@app/testing';

const ADDED = 'scim-groups.group-members-added.v1';
const REMOVED = 'scim-groups.group-members-removed.v1';

describe('SCIM Groups: member PATCH answers and group lists stay small whatever the group size', () => {
  let t: TestApp;
  let org: TestOrg;
  let scim: ScimClient;
  let users: string[];

  const newGroup = async (displayName: string, memberIds: string[] = []) => {
    const created = await scim.post('/Groups', { schemas: [GROUP_SCHEMA], displayName, members: memberIds.map((value) => ({ value })) });
    expect(created.status).toBe(201);
    return created.body.id as string;
  };
  const read = async (id: string) => (await scim.get(`/Groups/${id}`)).body;
  const memberIds = (group: { members?: { value: string }[] }) => (group.members ?? []).map((m) => m.value).sort();
  const eventsOf = async (groupId: string, type: string) => (await outboxEvents(t, type)).filter((e) => e.payload.groupId === groupId).map((e) => e.payload);

  beforeAll(async () => {
    t = await TestApp.start();
    org = await t.createOrg();
    scim = ScimClient.of(t, org);
    const enabled = await t.http().patch('/api/v1/scim/settings').set('Authorization', `Bearer ${org.adminToken}`).send({ groupProvisioningEnabled: true });
    expect(enabled.status).toBe(200);
    users = await seedUsers(t, org.organizationId, 40, 'patchers');
  });
  afterAll(() => t.stop());

  it('a member add or remove without attributes answers 204 with no body; asking for attributes gives the group', async () => {
    const id = await newGroup('No Content', [users[0]]);
    const added = await scim.patch(`/Groups/${id}`, [{ op: 'Add', path: 'members', value: [{ $ref: null, value: users[1] }] }]);
    expect(added.status).toBe(204);
    expect(added.text).toBe('');
    const removed = await scim.patch(`/Groups/${id}`, [{ op: 'remove', path: `members[value eq "${users[0]}"]` }]);
    expect(removed.status).toBe(204);
    expect(memberIds(await read(id))).toEqual([users[1]]);
    expect((await read(id)).meta.version).toBe('W/"3"');

    const asked = await scim.patch(`/Groups/${id}?excludedAttributes=members`, [{ op: 'add', path: 'members', value: [{ value: users[2] }] }]);
    expect(asked.status).toBe(200);
    expect(asked.body).toMatchObject({ id, displayName: 'No Content', meta: { version: 'W/"4"' } });
    expect(asked.body.members).toBeUndefined();
    const withMembers = await scim.patch(`/Groups/${id}?attributes=members`, [{ op: 'remove', path: 'members', value: [{ value: users[2] }] }]);
    expect(withMembers.status).toBe(200);
    expect(memberIds(withMembers.body)).toEqual([users[1]]);
  });

  it('a no-op member change keeps the version and raises nothing; an unknown group is 404, an unknown member 400 with nothing applied', async () => {
    const id = await newGroup('No Op', [users[0]]);
    const before = (await outboxEvents(t)).length;
    expect((await scim.patch(`/Groups/${id}`, [{ op: 'add', path: 'members', value: [{ value: users[0] }] }])).status).toBe(204);
    expect((await scim.patch(`/Groups/${id}`, [{ op: 'remove', path: 'members', value: [{ value: users[5] }] }])).status).toBe(204);
    expect((await read(id)).meta.version).toBe('W/"1"');
    expect((await outboxEvents(t)).length).toBe(before);

    expectScimError(await scim.patch('/Groups/00000000-0000-4000-8000-000000000000', [{ op: 'add', path: 'members', value: [{ value: users[1] }] }]), 404);
    expectScimError(await scim.patch('/Groups/not-a-uuid', [{ op: 'remove', path: 'members', value: [{ value: users[1] }] }]), 404);
    expectScimError(
      await scim.patch(`/Groups/${id}`, [{ op: 'add', path: 'members', value: [{ value: users[1] }, { value: '00000000-0000-4000-8000-000000000001' }] }]),
      400,
      'invalidValue',
    );
    expect(memberIds(await read(id))).toEqual([users[0]]);
  });

  it('one request removing and adding different members raises removed then added, in one version step', async () => {
    const id = await newGroup('Swap', [users[0], users[1]]);
    const swapped = await scim.patch(`/Groups/${id}`, [
      { op: 'remove', path: `members[value eq "${users[0]}"]` },
      { op: 'add', path: 'members', value: [{ value: users[2], display: 'x@y.z' }] },
    ]);
    expect(swapped.status).toBe(204);
    const group = await read(id);
    expect(memberIds(group)).toEqual([users[1], users[2]].sort());
    expect(group.meta.version).toBe('W/"2"');
    const events = (await outboxEvents(t)).filter((e) => e.payload.groupId === id && (e.type === ADDED || e.type === REMOVED)).map((e) => [e.type, e.payload.userIds]);
    // The first one is the create's.
    expect(events.slice(1)).toEqual([
      [REMOVED, [users[0]]],
      [ADDED, [users[2]]],
    ]);
  });

  it('16 concurrent member PATCHes on one group: every add lands, each bumps the version once and raises one event', async () => {
    const id = await newGroup('Concurrent');
    const adding = users.slice(10, 26);
    const answers = await Promise.all(adding.map((user) => scim.patch(`/Groups/${id}`, [{ op: 'add', path: 'members', value: [{ value: user }] }])));
    expect(answers.map((a) => a.status)).toEqual(adding.map(() => 204));
    const group = await read(id);
    expect(memberIds(group)).toEqual([...adding].sort());
    expect(group.meta.version).toBe(`W/"${1 + adding.length}"`);
    const added = await eventsOf(id, ADDED);
    expect(added.map((e) => e.userIds).flat().sort()).toEqual([...adding].sort());
    expect(added).toHaveLength(adding.length);
    const removing = adding.slice(0, 8);
    const removals = await Promise.all(removing.map((user) => scim.patch(`/Groups/${id}`, [{ op: 'Remove', path: 'members', value: [{ value: user }] }])));
    expect(removals.map((a) => a.status)).toEqual(removing.map(() => 204));
    expect(memberIds(await read(id))).toEqual(adding.slice(8).sort());
    expect((await eventsOf(id, REMOVED)).map((e) => e.userIds[0]).sort()).toEqual([...removing].sort());
    await t.drain();
  });

  it('lists carry members only when attributes names them; GET by id still shows them', async () => {
    const big = await newGroup('Listed Big', users.slice(0, 30));
    await newGroup('Listed Small', users.slice(0, 2));
    const page = await scim.get('/Groups?startIndex=1&count=100');
    expect(page.status).toBe(200);
    expect(page.body.Resources.length).toBeGreaterThanOrEqual(2);
    for (const group of page.body.Resources) expect(group.members).toBeUndefined();
    const [found] = (await scim.get(`/Groups?filter=${encodeURIComponent('displayName eq "Listed Big"')}`)).body.Resources;
    expect(found).toMatchObject({ id: big, displayName: 'Listed Big' });
    expect(found.members).toBeUndefined();
    const asked = (await scim.get(`/Groups?filter=${encodeURIComponent('displayName eq "Listed Big"')}&attributes=members`)).body.Resources[0];
    expect(memberIds(asked)).toEqual(users.slice(0, 30).sort());
    expect(memberIds(await read(big))).toEqual(users.slice(0, 30).sort());
  });
});
