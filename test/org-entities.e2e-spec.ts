import { ApplyScimAssignmentsCommand, GetUserAssignmentsQuery } from '@app/org-entities';
import { LT_USER, outboxEvents, ScimClient, TestApp, TestOrg, uniqueEmail } from '@app/testing';

describe('org entities and assignments (docs/org-entities.md)', () => {
  let t: TestApp;
  let org: TestOrg;
  let scim: ScimClient;

  const admin = (o: TestOrg = org) => ({
    get: (path: string) => t.http().get(`/api/v1${path}`).set('Authorization', `Bearer ${o.adminToken}`),
    post: (path: string, body: object = {}) => t.http().post(`/api/v1${path}`).set('Authorization', `Bearer ${o.adminToken}`).send(body),
    patch: (path: string, body: object) => t.http().patch(`/api/v1${path}`).set('Authorization', `Bearer ${o.adminToken}`).send(body),
    delete: (path: string) => t.http().delete(`/api/v1${path}`).set('Authorization', `Bearer ${o.adminToken}`),
  });
  const create = async (path: string, name: string) => {
    const response = await admin().post(`/${path}`, { name });
    expect(response.status).toBe(201);
    return response.body as { id: string; name: string };
  };
  const assignments = (userId: string) => t.queries.execute(new GetUserAssignmentsQuery(org.organizationId, userId));

  beforeAll(async () => {
    t = await TestApp.start();
    org = await t.createOrg();
    scim = ScimClient.of(t, org);
  });
  afterAll(() => t.stop());

  it('every organization has a default concurrency group that cannot be deleted', async () => {
    const list = await admin().get('/concurrency-groups');
    expect(list.body).toMatchObject({ page: 1, pageSize: 50, total: 1, items: [{ name: 'Default', isDefault: true, type: 'concurrency_group' }] });
    const remove = await admin().delete(`/concurrency-groups/${list.body.items[0].id}`);
    expect(remove.status).toBe(409);
  });

  it('CRUD for each type, names unique per type case-insensitively, search and paging', async () => {
    for (const path of ['teams', 'concurrency-groups', 'sub-organizations']) {
      const created = await create(path, `Alpha ${path}`);
      expect((await admin().post(`/${path}`, { name: `alpha ${path.toUpperCase()}` })).status).toBe(409);
      const renamed = await admin().patch(`/${path}/${created.id}`, { name: `Beta ${path}` });
      expect(renamed.body.name).toBe(`Beta ${path}`);
      const search = await admin().get(`/${path}?search=BETA&pageSize=1`);
      expect(search.body).toMatchObject({ pageSize: 1, total: 1, items: [{ id: created.id }] });
      expect((await admin().delete(`/${path}/${created.id}`)).status).toBe(204);
      expect((await admin().get(`/${path}/${created.id}`)).status).toBe(404);
    }
    const [renamedEvent] = (await outboxEvents(t, 'org-entities.entity-renamed.v1')).filter((e) => e.payload.name === 'Beta teams');
    expect(renamedEvent.payload).toMatchObject({ organizationId: org.organizationId, type: 'team', previousName: 'Alpha teams' });
    for (const body of [{ name: '' }, { name: '   ' }, { name: 42 }, {}, { name: 'x'.repeat(201) }]) {
      const invalid = await admin().post('/teams', body);
      expect(invalid.status).toBe(400);
      expect(invalid.body).toMatchObject({ code: 'validation_failed', details: expect.arrayContaining([expect.stringContaining('name')]) });
    }
    expect((await admin().get('/teams?pageSize=0')).body.details).toEqual(['pageSize must not be less than 1']);
    const taken = await create('teams', 'Taken');
    const second = await create('teams', 'Second');
    expect((await admin().patch(`/teams/${second.id}`, { name: ' TAKEN ' })).status).toBe(409);
    expect((await admin().patch(`/teams/${taken.id}`, { name: 'taken' })).body.name).toBe('taken');
    const team = await create('teams', 'Typed');
    expect((await admin().get(`/sub-organizations/${team.id}`)).status).toBe(404);
  });

  it('manual members: teams add up, an exclusive type moves the user; member lists show sources', async () => {
    const user = await scim.createUser(uniqueEmail('manual'));
    await t.drain();
    const [teamA, teamB] = [await create('teams', 'Manual A'), await create('teams', 'Manual B')];
    const [cgA, cgB] = [await create('concurrency-groups', 'CG A'), await create('concurrency-groups', 'CG B')];
    for (const id of [teamA.id, teamB.id]) expect((await admin().post(`/teams/${id}/members`, { userId: user.id })).status).toBe(204);
    await admin().post(`/concurrency-groups/${cgA.id}/members`, { userId: user.id });
    await admin().post(`/concurrency-groups/${cgB.id}/members`, { userId: user.id });
    const state = await assignments(user.id);
    expect(state.teams.map((x) => x.name).sort()).toEqual(['Manual A', 'Manual B']);
    expect(state.concurrencyGroup).toMatchObject({ id: cgB.id, source: 'manual' });
    const members = await admin().get(`/concurrency-groups/${cgB.id}/members`);
    expect(members.body.items).toEqual([{ userId: user.id, userName: user.userName, source: 'manual' }]);
    expect((await admin().get(`/concurrency-groups/${cgA.id}/members`)).body.total).toBe(0);
    expect((await admin().delete(`/concurrency-groups/${cgB.id}/members/${user.id}`)).status).toBe(204);
    expect((await assignments(user.id)).concurrencyGroup).toMatchObject({ name: 'Default', source: 'default' });
    const unknown = await admin().post(`/teams/${teamA.id}/members`, { userId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.status).toBe(404);
    expect((await admin().post(`/teams/${teamA.id}/members`, { userId: 'nope' })).body).toMatchObject({ code: 'validation_failed', details: ['userId must be a UUID'] });
    expect((await admin().delete(`/teams/${teamA.id}/members/nope`)).status).toBe(404);
    expect((await admin().delete(`/concurrency-groups/${cgA.id}/members/${user.id}`)).status).toBe(404);
    const defaultGroup = (await admin().get('/concurrency-groups?search=default')).body.items[0];
    expect((await admin().delete(`/concurrency-groups/${defaultGroup.id}/members/${user.id}`)).status).toBe(409);
  });

  it('sub-organizations: at most one, a manual add moves the user, removing puts them back in the root', async () => {
    const user = await scim.createUser(uniqueEmail('sub'));
    await t.drain();
    const [east, west] = [await create('sub-organizations', 'East'), await create('sub-organizations', 'West')];
    expect((await assignments(user.id)).subOrganization).toBeNull();
    await admin().post(`/sub-organizations/${east.id}/members`, { userId: user.id });
    await admin().post(`/sub-organizations/${west.id}/members`, { userId: user.id });
    expect((await assignments(user.id)).subOrganization).toMatchObject({ id: west.id, source: 'manual' });
    expect((await admin().get(`/sub-organizations/${east.id}/members`)).body.total).toBe(0);
    expect((await admin().get(`/sub-organizations/${west.id}`)).body.memberCount).toBe(1);
    await admin().delete(`/sub-organizations/${west.id}/members/${user.id}`);
    expect((await assignments(user.id)).subOrganization).toBeNull();
  });

  it('concurrent manual moves of one user leave exactly one concurrency group', async () => {
    const user = await scim.createUser(uniqueEmail('race'));
    await t.drain();
    const groups = await Promise.all([1, 2, 3, 4, 5].map((n) => create('concurrency-groups', `Race ${n}`)));
    const answers = await Promise.all(groups.map((g) => admin().post(`/concurrency-groups/${g.id}/members`, { userId: user.id })));
    expect(answers.map((a) => a.status)).toEqual([204, 204, 204, 204, 204]);
    const totals = await Promise.all(groups.map(async (g) => (await admin().get(`/concurrency-groups/${g.id}/members`)).body.total));
    expect(totals.reduce((a, b) => a + b, 0)).toBe(1);
    expect(groups.map((g) => g.id)).toContain((await assignments(user.id)).concurrencyGroup?.id);
  });

  it('LambdatestGroup assigns the named concurrency group; clearing it falls back to the default', async () => {
    const nights = await create('concurrency-groups', 'Night shift');
    const user = await scim.createUser(uniqueEmail('lt'), { [LT_USER]: { LambdatestGroup: 'night SHIFT' } });
    await t.drain();
    expect((await assignments(user.id)).concurrencyGroup).toMatchObject({ id: nights.id, source: 'user_attribute' });
    await scim.patch(`/Users/${user.id}`, [{ op: 'remove', path: `${LT_USER}:LambdatestGroup` }]);
    await t.drain();
    expect((await assignments(user.id)).concurrencyGroup).toMatchObject({ name: 'Default', source: 'default' });
  });

  it('LambdatestGroup set by PATCH outranks a manual choice, and the manual one returns when it is cleared', async () => {
    const [days, manual] = [await create('concurrency-groups', 'Day shift'), await create('concurrency-groups', 'Hand picked')];
    const user = await scim.createUser(uniqueEmail('ltpatch'));
    await t.drain();
    await admin().post(`/concurrency-groups/${manual.id}/members`, { userId: user.id });
    expect((await scim.patch(`/Users/${user.id}`, [{ op: 'Replace', value: { [`${LT_USER}:LambdatestGroup`]: 'Day shift' } }])).status).toBe(200);
    await t.drain();
    expect((await assignments(user.id)).concurrencyGroup).toMatchObject({ id: days.id, source: 'user_attribute' });
    expect((await admin().get(`/concurrency-groups/${days.id}/members`)).body.items).toEqual([{ userId: user.id, userName: user.userName, source: 'user_attribute' }]);
    await scim.patch(`/Users/${user.id}`, [{ op: 'replace', path: `${LT_USER}:LambdatestGroup`, value: null }]);
    await t.drain();
    expect((await assignments(user.id)).concurrencyGroup).toMatchObject({ id: manual.id, source: 'manual' });
  });

  it('SCIM-derived assignments override manual ones for exclusive types; a manual team removal holds until the next SCIM change', async () => {
    const user = await scim.createUser(uniqueEmail('scim'));
    await t.drain();
    const [manualCg, scimCg, scimTeam, subOrg] = [
      await create('concurrency-groups', 'Manual CG'),
      await create('concurrency-groups', 'SCIM CG'),
      await create('teams', 'SCIM Team'),
      await create('sub-organizations', 'SCIM Sub'),
    ];
    await admin().post(`/concurrency-groups/${manualCg.id}/members`, { userId: user.id });
    const apply = () =>
      t.commands.execute(
        new ApplyScimAssignmentsCommand(org.organizationId, [{ userId: user.id, teamIds: [scimTeam.id], concurrencyGroup: { entityId: scimCg.id }, subOrganization: { entityId: subOrg.id } }]),
      );
    expect(await apply()).toEqual({ usersChanged: 1 });
    expect(await apply()).toEqual({ usersChanged: 0 });
    let state = await assignments(user.id);
    expect(state).toMatchObject({ concurrencyGroup: { id: scimCg.id, source: 'scim' }, subOrganization: { id: subOrg.id, source: 'scim' }, teams: [{ id: scimTeam.id }] });
    expect((await admin().delete(`/concurrency-groups/${scimCg.id}/members/${user.id}`)).status).toBe(409);
    expect((await admin().delete(`/teams/${scimTeam.id}/members/${user.id}`)).status).toBe(204);
    expect((await assignments(user.id)).teams).toEqual([]);
    await apply();
    expect((await assignments(user.id)).teams.map((x) => x.id)).toEqual([scimTeam.id]);
    await t.commands.execute(new ApplyScimAssignmentsCommand(org.organizationId, [{ userId: user.id, teamIds: [], concurrencyGroup: { entityId: null }, subOrganization: 'unchanged' }]));
    state = await assignments(user.id);
    expect(state).toMatchObject({ teams: [], concurrencyGroup: { id: manualCg.id, source: 'manual' }, subOrganization: { id: subOrg.id } });
  });

  it("another organization's SCIM batch naming a user never ends this organization's manual team removal", async () => {
    const user = await scim.createUser(uniqueEmail('suppressed'));
    await t.drain();
    const team = await create('teams', 'Suppressed team');
    const entry = (teamIds: string[]) => ({ userId: user.id, teamIds, concurrencyGroup: 'unchanged' as const, subOrganization: 'unchanged' as const });
    await t.commands.execute(new ApplyScimAssignmentsCommand(org.organizationId, [entry([team.id])]));
    expect((await admin().delete(`/teams/${team.id}/members/${user.id}`)).status).toBe(204);
    const other = await t.createOrg();
    await t.commands.execute(new ApplyScimAssignmentsCommand(other.organizationId, [entry([])]));
    expect((await assignments(user.id)).teams).toEqual([]);
  });

  it('a members page past the last one still reports the total', async () => {
    const team = await create('teams', 'Paged team');
    const members = [await scim.createUser(uniqueEmail('paged')), await scim.createUser(uniqueEmail('paged'))];
    await t.drain();
    for (const member of members) await admin().post(`/teams/${team.id}/members`, { userId: member.id });
    const past = await admin().get(`/teams/${team.id}/members?page=5&pageSize=1`);
    expect(past.status).toBe(200);
    expect(past.body).toMatchObject({ items: [], total: 2 });
  });

  it('ApplyScimAssignments is one batch: one AssignmentsChanged event naming only the users that changed', async () => {
    const [a, b, c] = [await scim.createUser(uniqueEmail('batch')), await scim.createUser(uniqueEmail('batch')), await scim.createUser(uniqueEmail('batch'))];
    await t.drain();
    const team = await create('teams', 'Batch team');
    const entry = (userId: string, teamIds: string[]) => ({ userId, teamIds, concurrencyGroup: 'unchanged' as const, subOrganization: 'unchanged' as const });
    await t.commands.execute(new ApplyScimAssignmentsCommand(org.organizationId, [entry(a.id, [team.id])]));
    const before = (await outboxEvents(t, 'org-entities.assignments-changed.v1')).length;
    const result = await t.commands.execute(new ApplyScimAssignmentsCommand(org.organizationId, [entry(a.id, [team.id]), entry(b.id, [team.id]), entry(c.id, [])]));
    expect(result).toEqual({ usersChanged: 1 });
    const events = (await outboxEvents(t, 'org-entities.assignments-changed.v1')).slice(before);
    expect(events.map((e) => e.payload.userIds)).toEqual([[b.id]]);
    const members = await admin().get(`/teams/${team.id}/members`);
    expect(members.body.items.map((m: { userId: string }) => m.userId).sort()).toEqual([a.id, b.id].sort());
    expect(members.body.items.every((m: { source: string }) => m.source === 'scim')).toBe(true);
  });

  it('deleting an entity removes its assignments, users fall back, and EntityDeleted names them', async () => {
    const user = await scim.createUser(uniqueEmail('fallback'));
    await t.drain();
    const cg = await create('concurrency-groups', 'Doomed');
    await admin().post(`/concurrency-groups/${cg.id}/members`, { userId: user.id });
    await admin().delete(`/concurrency-groups/${cg.id}`);
    expect((await assignments(user.id)).concurrencyGroup).toMatchObject({ name: 'Default' });
    const [deleted] = (await outboxEvents(t, 'org-entities.entity-deleted.v1')).filter((e) => e.payload.entityId === cg.id);
    expect(deleted.payload).toMatchObject({ name: 'Doomed', type: 'concurrency_group', userIds: [user.id] });
    const changed = await outboxEvents(t, 'org-entities.assignments-changed.v1');
    expect(changed[changed.length - 1].payload.userIds).toEqual([user.id]);
  });

  it('deleting a SCIM-given sub-organization or concurrency group falls back to the next source', async () => {
    const user = await scim.createUser(uniqueEmail('scimfallback'));
    await t.drain();
    const [manualCg, scimCg, scimSub] = [await create('concurrency-groups', 'Kept'), await create('concurrency-groups', 'Mapped'), await create('sub-organizations', 'Mapped sub')];
    await admin().post(`/concurrency-groups/${manualCg.id}/members`, { userId: user.id });
    await t.commands.execute(new ApplyScimAssignmentsCommand(org.organizationId, [{ userId: user.id, teamIds: [], concurrencyGroup: { entityId: scimCg.id }, subOrganization: { entityId: scimSub.id } }]));
    expect((await admin().delete(`/concurrency-groups/${scimCg.id}`)).status).toBe(204);
    expect((await admin().delete(`/sub-organizations/${scimSub.id}`)).status).toBe(204);
    expect(await assignments(user.id)).toMatchObject({ concurrencyGroup: { id: manualCg.id, source: 'manual' }, subOrganization: null });
  });

  it("tenant isolation: one organization's admin sees nothing of another's entities", async () => {
    const team = await create('teams', 'Secret team');
    const other = await t.createOrg();
    expect((await admin(other).get(`/teams/${team.id}`)).status).toBe(404);
    expect((await admin(other).patch(`/teams/${team.id}`, { name: 'Mine' })).status).toBe(404);
    expect((await admin(other).delete(`/teams/${team.id}`)).status).toBe(404);
    expect((await admin(other).get('/teams?search=secret')).body.total).toBe(0);
    expect((await admin(other).get(`/teams/${team.id}/members`)).status).toBe(404);
    expect((await t.http().get('/api/v1/teams')).status).toBe(401);
    expect((await admin({ ...org, adminToken: t.adminToken(org.organizationId, 'User') }).get('/teams')).status).toBe(403);
  });
});

describe('LambdatestGroup validation on SCIM writes (docs/scim-users.md)', () => {
  let t: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    t = await TestApp.start();
    org = await t.createOrg();
  });
  afterAll(() => t.stop());

  it('400 invalidValue naming an unknown concurrency group, on create and on update; a known one is accepted', async () => {
    const scim = ScimClient.of(t, org);
    const created = await scim.post('/Users', { userName: uniqueEmail('lt'), [LT_USER]: { LambdatestGroup: 'No Such Group' } });
    expect(created.status).toBe(400);
    expect(created.body).toMatchObject({ scimType: 'invalidValue', detail: expect.stringContaining('No Such Group') });
    const user = await scim.createUser(uniqueEmail('lt'), { [LT_USER]: { LambdatestGroup: 'default' } });
    const patched = await scim.patch(`/Users/${user.id}`, [{ op: 'replace', path: `${LT_USER}:LambdatestGroup`, value: 'Ghost' }]);
    expect(patched.status).toBe(400);
    expect(patched.body.detail).toContain('Ghost');
    expect((await scim.get(`/Users/${user.id}`)).body[LT_USER].LambdatestGroup).toBe('default');
  });
});
