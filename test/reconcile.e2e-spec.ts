import { GetEffectiveRoleQuery } from '@app/roles';
import { LT_GROUP, LT_USER, TestApp, uniqueEmail, USER_SCHEMA } from '@app/testing';
import { MappingWorld } from './mapping-fixtures';

/**
 * Reconcile recomputes every kind of derived state from source state: on a settled organization it
 * changes nothing (admins' manual decisions included); after corruption it restores each kind and
 * says which.
 */
describe('Reconcile', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  const settled = { assignments: { usersChanged: 0 }, lambdatestGroup: { usersChanged: 0 }, defaultConcurrencyGroup: { usersChanged: 0 }, roles: { changed: 0 }, totalChanges: 0 };

  const roleOf = async (w: MappingWorld, userId: string) => (await t.queries.execute(new GetEffectiveRoleQuery(w.org.organizationId, userId)))?.effectiveRole;

  /** ada: in Eng (team Eng, LambdatestRoles Admin); bob: LambdatestGroup Fast, a Guest by the IdP; cy: nothing but the Default; dee: invited by hand. */
  async function organization() {
    const w = await MappingWorld.create(t);
    const fast = await w.createEntity('concurrency_group', 'Fast');
    const ada = (await w.scim.createUser(uniqueEmail('ada'))).id as string;
    const bob = (await w.scim.createUser(uniqueEmail('bob'), { schemas: [USER_SCHEMA, LT_USER], [LT_USER]: { LambdatestGroup: 'Fast', OrganizationRole: 'Guest' } })).id as string;
    const cy = (await w.scim.createUser(uniqueEmail('cy'))).id as string;
    const dee = (await w.admin('post', '/api/v1/users', { email: uniqueEmail('dee') }).expect(201)).body.id as string;
    const eng = await w.createGroup('Eng', [ada, bob]);
    await w.scim.patch(`/Groups/${eng}`, [{ op: 'replace', path: `${LT_GROUP}:LambdatestRoles`, value: ['Admin'] }]).expect((r) => expect([200, 204]).toContain(r.status));
    const team = await w.createEntity('team', 'Eng');
    await w.admin('post', `/api/v1/scim/groups/${eng}/mappings`, { targetType: 'team', entityId: team }).expect(201);
    await t.drain();
    const defaultGroup = (await w.entityNamed('concurrency_group', 'Default'))!.id;
    return { w, fast, team, defaultGroup, ada, bob, cy, dee };
  }

  it('on a settled organization changes nothing, manual team removals and manual roles included', async () => {
    const { w, team, ada, bob, cy } = await organization();
    expect(await w.reconcile()).toEqual(settled);

    await w.removeMemberByHand('team', team, ada);
    await w.admin('patch', `/api/v1/users/${cy}/role`, { role: 'Guest' }).expect(200);
    await t.drain();
    expect(await w.memberIds('team', team)).toEqual([bob]);

    expect(await w.reconcile()).toEqual(settled);
    expect(await w.reconcile()).toEqual(settled);
    expect(await w.memberIds('team', team)).toEqual([bob]);
    expect(await roleOf(w, cy)).toBe('Guest');
  });

  it('restores each kind of derived state after corruption and lists the changes by kind', async () => {
    const { w, fast, team, defaultGroup, ada, bob, cy, dee } = await organization();
    expect(await roleOf(w, ada)).toBe('Admin');
    expect(await roleOf(w, bob)).toBe('Admin');

    // Lost events, as it were: a SCIM-derived team row, bob's LambdatestGroup row, cy's membership
    // of the organization (so of its Default group), dee's role row, and a stale IdP role for bob.
    await w.corrupt(`delete from org_entities.assignment where entity_id = ? and user_id = ?`, [team, ada]);
    await w.corrupt(`delete from org_entities.assignment where entity_id = ? and user_id = ?`, [fast, bob]);
    await w.corrupt(`delete from org_entities.known_user where user_id = ?`, [cy]);
    await w.corrupt(`delete from roles.user_role where user_id = ?`, [dee]);
    await w.corrupt(`update roles.user_role set idp_role = 'Admin' where user_id = ?`, [cy]);
    await w.corrupt(`update roles.user_role set effective_role = 'Guest' where user_id = ?`, [ada]);
    expect(await w.memberIds('team', team)).toEqual([bob]);
    expect(await w.memberIds('concurrency_group', fast)).toEqual([]);
    const defaultMembers = async () => (await w.admin('get', `/api/v1/concurrency-groups/${defaultGroup}/members?pageSize=200`).expect(200)).body.items.map((m: { userId: string }) => m.userId);
    expect(await defaultMembers()).not.toContain(cy);

    const report = await w.reconcile();
    expect(report).toEqual({
      assignments: { usersChanged: 1 },
      lambdatestGroup: { usersChanged: 1 },
      defaultConcurrencyGroup: { usersChanged: 1 },
      roles: { changed: 3 },
      totalChanges: 6,
    });
    expect(await w.memberIds('team', team)).toEqual([ada, bob].sort());
    expect(await w.memberIds('concurrency_group', fast)).toEqual([bob]);
    expect(await defaultMembers()).toEqual(expect.arrayContaining([ada, cy, dee]));
    expect(await roleOf(w, ada)).toBe('Admin');
    expect(await roleOf(w, cy)).toBe('User');
    expect(await roleOf(w, dee)).toBe('User');
    expect((await w.admin('get', `/api/v1/users/${dee}`).expect(200)).body.role.decidedBy).toBe('default');

    expect(await w.reconcile()).toEqual(settled);
  });
});
