import { GetEffectiveRoleQuery, GetEffectiveRolesQuery, RecomputeRolesCommand } from '@app/roles';
import { GROUP_SCHEMA, LT_GROUP, LT_USER, outboxEvents, ScimClient, seedUsers, TestApp, TestOrg, uniqueEmail } from '@app/testing';

const ROLES_PATH = `${LT_GROUP}:LambdatestRoles`;

describe('effective roles (docs/roles.md)', () => {
  let t: TestApp;
  let org: TestOrg;
  let scim: ScimClient;

  const role = async (userId: string) => (await t.queries.execute(new GetEffectiveRoleQuery(org.organizationId, userId)))?.effectiveRole;
  const view = (userId: string) => t.queries.execute(new GetEffectiveRoleQuery(org.organizationId, userId));
  const user = async (organizationRole?: string) =>
    (await scim.createUser(uniqueEmail('role'), organizationRole ? { schemas: [LT_USER], [LT_USER]: { OrganizationRole: organizationRole } } : {})).id as string;
  const group = async (roles: string[], members: string[]) => {
    const response = await scim.post('/Groups', {
      schemas: [GROUP_SCHEMA, LT_GROUP],
      displayName: `Group ${uniqueEmail('g')}`,
      members: members.map((value) => ({ value })),
      [LT_GROUP]: { LambdatestRoles: roles },
    });
    expect(response.status).toBe(201);
    return response.body.id as string;
  };
  const addMember = (groupId: string, userId: string) => scim.patch(`/Groups/${groupId}`, [{ op: 'add', path: 'members', value: [{ value: userId }] }]);
  const removeMember = (groupId: string, userId: string) => scim.patch(`/Groups/${groupId}`, [{ op: 'remove', path: `members[value eq "${userId}"]` }]);
  const setGroupRoles = (groupId: string, roles: string[]) => scim.patch(`/Groups/${groupId}`, [{ op: 'replace', path: ROLES_PATH, value: roles }]);
  const setIdpRole = (userId: string, value: string | null) =>
    scim.patch(`/Users/${userId}`, [{ op: 'replace', path: `${LT_USER}:OrganizationRole`, value }]);
  const setManualRole = (userId: string, value: string | null, token = org.adminToken) =>
    t.http().patch(`/api/v1/users/${userId}/role`).set('Authorization', `Bearer ${token}`).send({ role: value });

  beforeAll(async () => {
    // The scale spec adds 50,000 members in one PATCH: above the default per-request limit, as an operator may configure it.
    t = await TestApp.start({ SCIM_MAX_MEMBERS_PER_REQUEST: '50000' });
    org = await t.createOrg('Roles');
    scim = ScimClient.of(t, org);
    const enabled = await t.http().patch('/api/v1/scim/settings').set('Authorization', `Bearer ${org.adminToken}`).send({ groupProvisioningEnabled: true });
    expect(enabled.status).toBe(200);
  });
  afterAll(() => t.stop());

  it('a new user without IdP role or groups is User; an invited user too', async () => {
    const id = await user();
    const invited = await t.http().post('/api/v1/users').set('Authorization', `Bearer ${org.adminToken}`).send({ email: uniqueEmail('invited') });
    await t.drain();
    expect(await view(id)).toEqual({ userId: id, effectiveRole: 'User', decidedBy: 'default', sources: { idpRole: null, manualRole: null, groups: [] } });
    expect(await role(invited.body.id)).toBe('User');
  });

  it('upgrade: joining an Admin group makes the user Admin', async () => {
    const id = await user('Guest');
    const admins = await group(['Admin'], []);
    await t.drain();
    expect(await role(id)).toBe('Guest');
    await addMember(admins, id);
    await t.drain();
    expect(await view(id)).toMatchObject({ effectiveRole: 'Admin', decidedBy: 'groups', sources: { idpRole: 'Guest', groups: [{ groupId: admins, roles: ['Admin'] }] } });
  });

  it('downgrade: leaving the Admin group falls back to the remaining sources', async () => {
    const id = await user();
    const admins = await group(['Admin'], [id]);
    const guests = await group(['Guest'], [id]);
    await t.drain();
    expect(await role(id)).toBe('Admin');
    await removeMember(admins, id);
    await t.drain();
    expect(await view(id)).toMatchObject({ effectiveRole: 'Guest', decidedBy: 'groups', sources: { groups: [{ groupId: guests }] } });
  });

  it('group roles changed: every member follows, down as well as up', async () => {
    const [a, b] = [await user(), await user()];
    const team = await group(['Admin'], [a, b]);
    await t.drain();
    expect([await role(a), await role(b)]).toEqual(['Admin', 'Admin']);
    await setGroupRoles(team, ['Guest']);
    await t.drain();
    expect([await role(a), await role(b)]).toEqual(['Guest', 'Guest']);
    await setGroupRoles(team, []);
    await t.drain();
    expect([await role(a), await role(b)]).toEqual(['User', 'User']);
  });

  it('group deleted: its members lose its role; restored: they get it back with the new members only', async () => {
    const [a, b] = [await user(), await user()];
    const admins = await group(['Admin'], [a, b]);
    const name = (await scim.get(`/Groups/${admins}`)).body.displayName;
    await t.drain();
    expect(await role(a)).toBe('Admin');
    expect((await scim.delete(`/Groups/${admins}`)).status).toBe(204);
    await t.drain();
    expect([await role(a), await role(b)]).toEqual(['User', 'User']);
    const restored = await scim.post('/Groups', { schemas: [GROUP_SCHEMA, LT_GROUP], displayName: name, members: [{ value: b }], [LT_GROUP]: { LambdatestRoles: ['Admin'] } });
    expect(restored.body.id).toBe(admins);
    await t.drain();
    expect([await role(a), await role(b)]).toEqual(['User', 'Admin']);
  });

  it('user removed from its only group: manual role if set, else User', async () => {
    const [withManual, without] = [await user(), await user()];
    const guests = await group(['Guest'], [withManual, without]);
    await t.drain();
    const response = await setManualRole(withManual, 'Admin');
    // Groups give a role, so the manual choice is kept but does not decide.
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ userId: withManual, effectiveRole: 'Guest', decidedBy: 'groups', sources: { manualRole: 'Admin' } });
    await removeMember(guests, withManual);
    await removeMember(guests, without);
    await t.drain();
    expect(await view(withManual)).toMatchObject({ effectiveRole: 'Admin', decidedBy: 'manual' });
    expect(await view(without)).toMatchObject({ effectiveRole: 'User', decidedBy: 'default' });
    const cleared = await setManualRole(withManual, null);
    expect(cleared.body).toMatchObject({ effectiveRole: 'User', decidedBy: 'default', sources: { manualRole: null } });
  });

  it('IdP OrganizationRole combined with groups: the highest wins, and it follows the IdP changes', async () => {
    const id = await user('Admin');
    await group(['Guest'], [id]);
    await t.drain();
    expect(await view(id)).toMatchObject({ effectiveRole: 'Admin', decidedBy: 'idp', sources: { idpRole: 'Admin' } });
    await setIdpRole(id, 'Guest');
    await t.drain();
    expect(await view(id)).toMatchObject({ effectiveRole: 'Guest', sources: { idpRole: 'Guest' } });
    await setIdpRole(id, 'User');
    await t.drain();
    expect(await view(id)).toMatchObject({ effectiveRole: 'User', decidedBy: 'idp' });
  });

  it('the manual role is ignored while the IdP gives one, and decides again once the IdP stops', async () => {
    const id = await user('Guest');
    await t.drain();
    expect((await setManualRole(id, 'Admin')).body).toMatchObject({ effectiveRole: 'Guest', decidedBy: 'idp' });
    await setIdpRole(id, null);
    await t.drain();
    expect(await view(id)).toMatchObject({ effectiveRole: 'Admin', decidedBy: 'manual', sources: { idpRole: null, manualRole: 'Admin' } });
  });

  it('raises one EffectiveRoleChanged per recompute with only the users whose role changed', async () => {
    const [a, b] = [await user('Admin'), await user()];
    const team = await group(['User'], [a, b]);
    await t.drain();
    const before = (await outboxEvents(t, 'roles.effective-role-changed.v1')).length;
    await setGroupRoles(team, ['Admin']);
    await t.drain();
    const events = (await outboxEvents(t, 'roles.effective-role-changed.v1')).slice(before);
    expect(events).toEqual([{ type: 'roles.effective-role-changed.v1', payload: { organizationId: org.organizationId, changes: [{ userId: b, previousRole: 'User', role: 'Admin' }] } }]);
  });

  it('reconcile recomputes every user of the organization and changes nothing when all is right', async () => {
    await user();
    await t.drain();
    expect(await t.commands.execute(new RecomputeRolesCommand(org.organizationId))).toEqual({ changed: 0 });
  });

  it('lists roles for many users in one read; other organizations see nothing', async () => {
    const [a, b] = [await user('Admin'), await user('Guest')];
    await t.drain();
    const roles = await t.queries.execute(new GetEffectiveRolesQuery(org.organizationId, [a, b, 'not-a-uuid']));
    expect(roles.sort((x, y) => x.userId.localeCompare(y.userId))).toEqual(
      [{ userId: a, effectiveRole: 'Admin' }, { userId: b, effectiveRole: 'Guest' }].sort((x, y) => x.userId.localeCompare(y.userId)),
    );
    const other = await t.createOrg('Other');
    expect(await t.queries.execute(new GetEffectiveRolesQuery(other.organizationId, [a]))).toEqual([]);
    expect(await t.queries.execute(new GetEffectiveRoleQuery(other.organizationId, a))).toBeNull();
  });

  it('a roles change on a 50,000-member group is a few set-based batches, not one round trip per member', async () => {
    const members = await seedUsers(t, org.organizationId, 50_000, 'rolesbig');
    const big = await group(['Guest'], []);
    expect((await scim.patch(`/Groups/${big}`, [{ op: 'add', path: 'members', value: members.map((value) => ({ value })) }])).status).toBe(204);
    await t.drain();
    expect(await role(members[0])).toBe('Guest');
    const before = (await outboxEvents(t, 'roles.effective-role-changed.v1')).length;
    await setGroupRoles(big, ['Admin']);
    await t.drain();
    const events = (await outboxEvents(t, 'roles.effective-role-changed.v1')).slice(before);
    // One transaction and one event per batch of 10,000 users (RECOMPUTE_BATCH_SIZE).
    expect(events.map((e) => e.payload.changes.length)).toEqual([10_000, 10_000, 10_000, 10_000, 10_000]);
    const changes = events.flatMap((e) => e.payload.changes as { userId: string; previousRole: string; role: string }[]);
    expect(new Set(changes.map((c) => c.userId))).toEqual(new Set(members));
    expect(changes.every((c) => c.previousRole === 'Guest' && c.role === 'Admin')).toBe(true);
    const roles = await t.queries.execute(new GetEffectiveRolesQuery(org.organizationId, members));
    expect(roles).toHaveLength(50_000);
    expect(roles.every((r) => r.effectiveRole === 'Admin')).toBe(true);
  });

  describe('PATCH /api/v1/users/:id/role', () => {
    it('answers 404 for an unknown id, a malformed id and a user of another organization', async () => {
      const other = await t.createOrg('Elsewhere');
      const stranger = (await ScimClient.of(t, other).createUser(uniqueEmail('stranger'))).id;
      await t.drain();
      for (const id of ['6f1f2f70-0000-4000-8000-000000000000', 'nope', stranger]) {
        const response = await setManualRole(id, 'Admin');
        expect(response.status).toBe(404);
        expect(response.body).toMatchObject({ statusCode: 404, code: 'not_found' });
      }
      expect((await t.queries.execute(new GetEffectiveRoleQuery(other.organizationId, stranger)))?.sources.manualRole).toBeNull();
    });

    it('validates the body: a role name or null, nothing else', async () => {
      const id = await user();
      await t.drain();
      for (const body of [{ role: 'Owner' }, {}, { role: 'Admin', extra: 1 }]) {
        const response = await t.http().patch(`/api/v1/users/${id}/role`).set('Authorization', `Bearer ${org.adminToken}`).send(body);
        expect(response.status).toBe(400);
        expect(response.body.code).toBe('validation_failed');
      }
    });

    it('requires an Admin token', async () => {
      const id = await user();
      expect((await t.http().patch(`/api/v1/users/${id}/role`).send({ role: 'Admin' })).status).toBe(401);
      expect((await setManualRole(id, 'Admin', t.adminToken(org.organizationId, 'User'))).status).toBe(403);
    });
  });
});
