import { ApplyScimAssignmentsCommand, GetUserAssignmentsQuery, ScimAssignment } from '@app/org-entities';
import { outboxEvents, seedUsers, TestApp, TestOrg } from '@app/testing';

/** docs/scim-groups.md and docs/assignments.md at scale: a 50,000-member mapped group is one set-based batch, not 50,000 round trips. */
describe('org entities at 50,000 users', () => {
  let t: TestApp;
  let org: TestOrg;

  beforeAll(async () => {
    t = await TestApp.start();
    org = await t.createOrg();
  });
  afterAll(() => t.stop());

  const create = async (path: string, name: string): Promise<string> =>
    (await t.http().post(`/api/v1/${path}`).set('Authorization', `Bearer ${org.adminToken}`).send({ name })).body.id;

  it('applies, re-applies and moves SCIM assignments of 50,000 users in one batch each', async () => {
    const users = await seedUsers(t, org.organizationId, 50_000, 'entities');
    const [team, nights, days, east] = [await create('teams', 'Big'), await create('concurrency-groups', 'Nights'), await create('concurrency-groups', 'Days'), await create('sub-organizations', 'East')];
    const batch = (concurrencyGroupId: string): ScimAssignment[] =>
      users.map((userId) => ({ userId, teamIds: [team], concurrencyGroup: { entityId: concurrencyGroupId }, subOrganization: { entityId: east } }));

    expect(await t.commands.execute(new ApplyScimAssignmentsCommand(org.organizationId, batch(nights)))).toEqual({ usersChanged: 50_000 });
    expect(await t.commands.execute(new ApplyScimAssignmentsCommand(org.organizationId, batch(nights)))).toEqual({ usersChanged: 0 });
    expect(await t.commands.execute(new ApplyScimAssignmentsCommand(org.organizationId, batch(days)))).toEqual({ usersChanged: 50_000 });

    const changed = await outboxEvents(t, 'org-entities.assignments-changed.v1');
    expect(changed.map((e) => e.payload.userIds.length)).toEqual([50_000, 50_000]);
    const list = await t.http().get('/api/v1/concurrency-groups').set('Authorization', `Bearer ${org.adminToken}`);
    expect(Object.fromEntries(list.body.items.map((g: { name: string; memberCount: number }) => [g.name, g.memberCount]))).toEqual({ Default: 0, Days: 50_000, Nights: 0 });
    const lastPage = await t.http().get(`/api/v1/teams/${team}/members?page=250&pageSize=200`).set('Authorization', `Bearer ${org.adminToken}`);
    expect(lastPage.body).toMatchObject({ total: 50_000, page: 250 });
    expect(lastPage.body.items).toHaveLength(200);
    expect(await t.queries.execute(new GetUserAssignmentsQuery(org.organizationId, users[12_345]))).toMatchObject({
      teams: [{ id: team, source: 'scim' }],
      concurrencyGroup: { id: days, source: 'scim' },
      subOrganization: { id: east, source: 'scim' },
    });
  }, 60_000);
});
