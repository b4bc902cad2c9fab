import { GetEffectiveRoleQuery } from '@app/roles';
import { GROUP_SCHEMA, LT_GROUP, LT_USER, SCIM, ScimClient, TestApp, uniqueEmail, USER_SCHEMA } from '@app/testing';
import { MappingWorld } from './mapping-fixtures';

/**
 * The PingOne walk-through, end to end: what an admin does on day one and what PingOne then sends
 * (SCIM Outbound connector: filter look-ups, POST users with the LambdaTest extension, groups
 * pushed with Merge membership handling as PATCH add/remove, renames, deletes).
 */
describe('PingOne walk-through', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });

  afterAll(async () => {
    await t.stop();
  });

  it('provisions users, maps groups to teams by rule, follows membership, renames and deletes', async () => {
    // 1. The org exists with its tokens; the admin turns group provisioning on and adds a rule.
    const w = await MappingWorld.create(t, { groupProvisioning: false });
    const settings = await w.admin('get', '/api/v1/scim/settings').expect(200);
    expect(settings.body).toMatchObject({ groupProvisioningEnabled: false });
    // PingOne's base URL pasted with a trailing slash.
    const pingone = new ScimClient(t, w.org.scimToken);
    expect((await t.http().get(`${SCIM}//ServiceProviderConfig`).set('Authorization', `Bearer ${w.org.scimToken}`)).status).toBe(200);

    // 2. Users pushed: look-up by userName first, then create with the LambdaTest extension.
    const emails = [uniqueEmail('ada'), uniqueEmail('grace'), uniqueEmail('linus')];
    const ids: string[] = [];
    for (const email of emails) {
      const lookup = await pingone.get(`/Users?filter=${encodeURIComponent(`userName eq "${email}"`)}`).expect(200);
      expect(lookup.body.totalResults).toBe(0);
      const created = await pingone
        .post('/Users', {
          schemas: [USER_SCHEMA, LT_USER],
          userName: email,
          name: { givenName: 'Test', familyName: email.split('.')[0] },
          emails: [{ value: email, type: 'work', primary: true }],
          active: true,
          [LT_USER]: { OrganizationRole: 'User' },
        })
        .expect(201);
      ids.push(created.body.id);
    }
    const [ada, grace, linus] = ids;

    // Groups are refused while provisioning is off.
    const refused = await pingone.post('/Groups', { schemas: [GROUP_SCHEMA], displayName: 'QA' });
    expect(refused.status).toBe(403);
    await w.admin('patch', '/api/v1/scim/settings', { groupProvisioningEnabled: true }).expect(200);
    await w.createRule({ name: 'Every group is a team', type: 'match_all', targetType: 'team', autoApprove: true });

    // 3. Groups pushed (PingOne pages groups, then POSTs, then PATCHes members in Merge mode).
    await pingone.get('/Groups?startIndex=1&count=100').expect(200);
    const qa = (await pingone.post('/Groups', { schemas: [GROUP_SCHEMA], displayName: 'QA', members: [{ value: ada }, { value: grace }] }).expect(201)).body.id;
    const admins = (
      await pingone.post('/Groups', { schemas: [GROUP_SCHEMA, LT_GROUP], displayName: 'Platform Admins', [LT_GROUP]: { LambdatestRoles: ['Admin'] } }).expect(201)
    ).body.id;
    await pingone.patch(`/Groups/${admins}`, [{ op: 'add', path: 'members', value: [{ value: linus }, { value: grace }] }]).expect((r) => expect([200, 204]).toContain(r.status));
    await t.drain();

    // 4. Teams created, with the right members.
    const qaTeam = (await w.entityNamed('team', 'QA'))!;
    const adminsTeam = (await w.entityNamed('team', 'Platform Admins'))!;
    expect(await w.memberIds('team', qaTeam.id)).toEqual([ada, grace].sort());
    expect(await w.memberIds('team', adminsTeam.id)).toEqual([grace, linus].sort());
    expect(await roleOf(w, linus)).toBe('Admin');

    // 5. A member removed.
    await pingone.patch(`/Groups/${qa}`, [{ op: 'remove', path: 'members', value: [{ value: ada }] }]).expect((r) => expect([200, 204]).toContain(r.status));
    await t.drain();
    expect(await w.memberIds('team', qaTeam.id)).toEqual([grace]);

    // 6. A group renamed: its team follows.
    await pingone.patch(`/Groups/${qa}`, [{ op: 'replace', path: 'displayName', value: 'Quality Engineering' }]).expect((r) => expect([200, 204]).toContain(r.status));
    await t.drain();
    expect((await w.entityNamed('team', 'Quality Engineering'))?.id).toBe(qaTeam.id);
    expect(await w.entityNamed('team', 'QA')).toBeUndefined();

    // 7. A group deleted: its members leave the team, its mapping is Rejected, roles come down.
    await pingone.delete(`/Groups/${admins}`).expect(204);
    await t.drain();
    expect(await w.memberIds('team', adminsTeam.id)).toEqual([]);
    expect((await w.mappings(admins)).map((m) => m.status)).toEqual(['rejected']);
    expect(await roleOf(w, linus)).toBe('User');
    expect(await w.memberIds('team', (await w.entityNamed('team', 'Quality Engineering'))!.id)).toEqual([grace]);

    // 8. Reconcile after corruption (a lost assignment row) gives back exactly what the events produced;
    // an admin's manual removal is a decision and survives it.
    await w.corrupt(`delete from org_entities.assignment where entity_id = ? and user_id = ?`, [qaTeam.id, grace]);
    expect(await w.memberIds('team', qaTeam.id)).toEqual([]);
    const report = await w.reconcile();
    expect(report).toMatchObject({ assignments: { usersChanged: 1 }, totalChanges: 1 });
    expect(await w.memberIds('team', qaTeam.id)).toEqual([grace]);
    expect(await w.reconcile()).toMatchObject({ totalChanges: 0 });
    await w.removeMemberByHand('team', qaTeam.id, grace);
    expect(await w.reconcile()).toMatchObject({ totalChanges: 0 });
    expect(await w.memberIds('team', qaTeam.id)).toEqual([]);
  });
});

/** The user's effective role, as the roles module derives it. */
async function roleOf(w: MappingWorld, userId: string): Promise<string | undefined> {
  const view = await w.t.queries.execute(new GetEffectiveRoleQuery(w.org.organizationId, userId));
  return view?.effectiveRole;
}
