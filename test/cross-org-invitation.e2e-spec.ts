import { expectScimError, GROUP_SCHEMA, LT_USER, outboxEvents, PLATFORM_SERVICE_TOKEN, TestApp, uniqueEmail, USER_SCHEMA } from '@app/testing';
import { MappingWorld } from './mapping-fixtures';

/**
 * A user whose account lives in another organization: the admin invites them, the user accepts on
 * the platform (internal endpoint), the account moves with everything of the old organization
 * released, and the new organization's IdP adopts it.
 */
describe('Cross-organization invitation', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  const accept = (invitationId: string, token = PLATFORM_SERVICE_TOKEN) =>
    t.http().post(`/internal/invitations/${invitationId}/accept`).set('Authorization', `Bearer ${token}`);

  /** jane in the old organization: an Admin by the IdP, in group Eng mapped to team Eng, moved by hand into sub-org Ops. */
  async function janeInOldOrganization() {
    const old = await MappingWorld.create(t);
    const fast = await old.createEntity('concurrency_group', 'Fast');
    const email = uniqueEmail('jane');
    const jane = await old.scim.createUser(email, { schemas: [USER_SCHEMA, LT_USER], externalId: 'okta-1', [LT_USER]: { OrganizationRole: 'Admin', LambdatestGroup: 'Fast' } });
    const groupId = await old.createGroup('Eng', [jane.id]);
    const team = await old.createEntity('team', 'Eng');
    await old.admin('post', `/api/v1/scim/groups/${groupId}/mappings`, { targetType: 'team', entityId: team }).expect(201);
    const ops = await old.createEntity('sub_organization', 'Ops');
    await old.admin('post', `/api/v1/sub-organizations/${ops}/members`, { userId: jane.id }).expect(204);
    await t.drain();
    expect(await old.memberIds('team', team)).toEqual([jane.id]);
    expect(await old.memberIds('concurrency_group', fast)).toEqual([jane.id]);
    return { old, email, janeId: jane.id as string, groupId, team, fast, ops };
  }

  it('SCIM create of another organization\'s user: 400 naming the invitation path', async () => {
    const { email } = await janeInOldOrganization();
    const next = await MappingWorld.create(t);
    const response = await next.scim.post('/Users', { schemas: [USER_SCHEMA], userName: email });
    expectScimError(response, 400);
    expect(response.body.detail).toContain('another organization');
    expect(response.body.detail).toContain('POST /api/v1/users');
    expect(response.body.detail).toMatch(/accepts the invitation/);
  });

  it('invite → pending (user not moved) → accept → the user moves, the old organization lets go, SCIM adopts', async () => {
    const { old, email, janeId, groupId, team, fast, ops } = await janeInOldOrganization();
    const next = await MappingWorld.create(t);

    const invited = await next.admin('post', '/api/v1/users', { email: email.toUpperCase() });
    expect(invited.status).toBe(202);
    expect(invited.body).toEqual({ id: expect.any(String), email, status: 'pending', createdAt: expect.any(String), acceptedAt: null });
    // Nothing of the other organization is revealed.
    expect(JSON.stringify(invited.body)).not.toContain(janeId);
    expect(JSON.stringify(invited.body)).not.toContain(old.org.organizationId);
    const again = await next.admin('post', '/api/v1/users', { email });
    expect(again.status).toBe(202);
    expect(again.body.id).toBe(invited.body.id);
    const [created] = (await outboxEvents(t, 'scim-users.cross-org-invitation-created.v1')).filter((e) => e.payload.invitationId === invited.body.id);
    expect(created.payload).toMatchObject({ organizationId: next.org.organizationId, userName: email });

    // Still pending: the user stays where they are.
    expect((await old.scim.get(`/Users/${janeId}`)).status).toBe(200);
    expectScimError(await next.scim.post('/Users', { schemas: [USER_SCHEMA], userName: email }), 400);

    expect((await accept(invited.body.id, 'not-the-platform-token-0123456789abcdef')).status).toBe(401);
    expect((await accept('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const accepted = await accept(invited.body.id);
    expect(accepted.status).toBe(200);
    const outcome = { invitationId: invited.body.id, userId: janeId, organizationId: next.org.organizationId, previousOrganizationId: old.org.organizationId };
    expect(accepted.body).toEqual(outcome);
    expect((await accept(invited.body.id)).body).toEqual(outcome);
    await t.drain();

    // The old organization: no account, no group membership, no assignment of any source.
    expectScimError(await old.scim.get(`/Users/${janeId}`), 404);
    expect((await old.admin('get', `/api/v1/users/${janeId}`)).status).toBe(404);
    expect((await old.scim.get(`/Groups/${groupId}`)).body.members ?? []).toEqual([]);
    expect(await old.memberIds('team', team)).toEqual([]);
    expect(await old.memberIds('concurrency_group', fast)).toEqual([]);
    expect(await old.memberIds('sub_organization', ops)).toEqual([]);
    const oldDefault = await old.entityNamed('concurrency_group', 'Default');
    const oldDefaultMembers = await old.admin('get', `/api/v1/concurrency-groups/${oldDefault!.id}/members?pageSize=200`).expect(200);
    expect(oldDefaultMembers.body.items.map((m: { userId: string }) => m.userId)).not.toContain(janeId);

    // The new organization: an invited member (not SCIM-managed yet), in its Default, role from nothing of the old one.
    const detail = await next.admin('get', `/api/v1/users/${janeId}`).expect(200);
    expect(detail.body).toMatchObject({
      userName: email,
      scimManaged: false,
      externalId: null,
      organizationRoleFromIdp: null,
      lambdatestGroup: null,
      effectiveRole: 'User',
      assignments: { teams: [], concurrencyGroup: { name: 'Default', source: 'default' }, subOrganization: null },
    });

    // The new IdP provisions the same email: the account is adopted (same id).
    const provisioned = await next.scim.post('/Users', { schemas: [USER_SCHEMA], userName: email, name: { givenName: 'Jane' } });
    expect(provisioned.status).toBe(201);
    expect(provisioned.body.id).toBe(janeId);
    expect((await next.admin('get', `/api/v1/users/${janeId}`).expect(200)).body.scimManaged).toBe(true);
  });

  it('inviting a member of this organization is still 409', async () => {
    const w = await MappingWorld.create(t);
    const email = uniqueEmail('member');
    await w.scim.createUser(email);
    const response = await w.admin('post', '/api/v1/users', { email });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ statusCode: 409, code: 'conflict' });
  });
});

/** PingOne looks the user up, then PUTs: an admin-invited account is adopted on any SCIM write that matches it. */
describe('Adoption of invited users on SCIM writes', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  async function invitedUser(w: MappingWorld): Promise<{ id: string; email: string }> {
    const email = uniqueEmail('invited');
    const response = await w.admin('post', '/api/v1/users', { email, givenName: 'Ivy' });
    expect(response.status).toBe(201);
    expect(response.body.scimManaged).toBe(false);
    return { id: response.body.id, email };
  }

  const adoptions = async (userId: string) => (await outboxEvents(t, 'scim-users.user-provisioned.v1')).filter((e) => e.payload.userId === userId);

  it('look-up then PUT adopts the account', async () => {
    const w = await MappingWorld.create(t);
    const { id, email } = await invitedUser(w);
    const found = await w.scim.get(`/Users?filter=${encodeURIComponent(`userName eq "${email}"`)}`);
    expect(found.body.Resources.map((r: { id: string }) => r.id)).toEqual([id]);
    const put = await w.scim.put(`/Users/${id}`, { schemas: [USER_SCHEMA, LT_USER], userName: email, active: true, name: { givenName: 'Ivy', familyName: 'Ng' }, [LT_USER]: { OrganizationRole: 'Guest' } });
    expect(put.status).toBe(200);
    await t.drain();
    const detail = await w.admin('get', `/api/v1/users/${id}`).expect(200);
    expect(detail.body).toMatchObject({ scimManaged: true, familyName: 'Ng', effectiveRole: 'Guest' });
    expect((await adoptions(id)).map((e) => e.payload.adopted)).toEqual([true]);
    // Now SCIM-managed: a second create of the same email is a duplicate.
    expectScimError(await w.scim.post('/Users', { schemas: [USER_SCHEMA], userName: email }), 409, 'uniqueness');
  });

  it('a PATCH adopts too, even one that changes nothing else; a second write does not adopt again', async () => {
    const w = await MappingWorld.create(t);
    const { id } = await invitedUser(w);
    const before = (await w.scim.get(`/Users/${id}`)).body.meta.version;
    const patched = await w.scim.patch(`/Users/${id}`, [{ op: 'replace', path: 'active', value: true }]);
    expect(patched.status).toBe(200);
    expect(patched.body.meta.version).not.toBe(before);
    await w.scim.patch(`/Users/${id}`, [{ op: 'replace', path: 'displayName', value: 'Ivy N' }]);
    await t.drain();
    expect((await w.admin('get', `/api/v1/users/${id}`).expect(200)).body.scimManaged).toBe(true);
    expect((await adoptions(id)).map((e) => e.payload.adopted)).toEqual([true]);
  });

  it('groups can be pushed with the adopted user as member', async () => {
    const w = await MappingWorld.create(t);
    const { id } = await invitedUser(w);
    await w.scim.put(`/Users/${id}`, { schemas: [USER_SCHEMA], userName: (await w.scim.get(`/Users/${id}`)).body.userName });
    const group = await w.scim.post('/Groups', { schemas: [GROUP_SCHEMA], displayName: 'Adopted', members: [{ value: id }] });
    expect(group.status).toBe(201);
  });
});
