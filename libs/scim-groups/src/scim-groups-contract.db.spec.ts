import {
  GetGroupMemberIdsQuery,
  GetGroupQuery,
  GetGroupRolesForUsersQuery,
  GetLiveGroupIdsForUsersQuery,
  GetUserGroupsQuery,
  ListGroupsQuery,
} from '@app/scim-groups';
import { expectScimError, GROUP_SCHEMA, JsonBody, LT_GROUP, ScimClient, TestApp, TestOrg, uniqueEmail } from '@app/testing';

const ROLES = `${LT_GROUP}:LambdatestRoles`;
const q = (filter: string) => encodeURIComponent(filter);
const names = (body: { Resources: { displayName: string }[] }) => body.Resources.map((g) => g.displayName);

/** The module's public queries (what roles, mapping-rules and the dashboard rely on), filters, ETags and input errors. */
describe('SCIM Groups: queries, filters, ETags and input validation', () => {
  let t: TestApp;
  let org: TestOrg;
  let scim: ScimClient;
  let users: JsonBody[];
  let admins: JsonBody;
  let guests: JsonBody;
  let gone: JsonBody;
  const unknownUser = '00000000-0000-4000-8000-0000000000aa';

  const create = async (displayName: string, memberIds: string[], roles: string[] = [], extra: Record<string, unknown> = {}) => {
    const response = await scim.post('/Groups', { schemas: [GROUP_SCHEMA, LT_GROUP], displayName, members: memberIds.map((value) => ({ value })), [LT_GROUP]: { LambdatestRoles: roles }, ...extra });
    expect(response.status).toBe(201);
    return response.body;
  };

  beforeAll(async () => {
    t = await TestApp.start();
    org = await t.createOrg('Contract');
    scim = ScimClient.of(t, org);
    await t.http().patch('/api/v1/scim/settings').set('Authorization', `Bearer ${org.adminToken}`).send({ groupProvisioningEnabled: true });
    users = [];
    for (let i = 0; i < 4; i++) users.push(await scim.createUser(uniqueEmail(`c${i}`)));
    admins = await create('Admins', [users[0].id], ['Admin'], { externalId: 'ext-admins' });
    guests = await create('Guests', [users[0].id, users[1].id], ['Guest']);
    gone = await create('Gone', [users[2].id], ['Admin']);
    expect((await scim.delete(`/Groups/${gone.id}`)).status).toBe(204);
  });
  afterAll(() => t.stop());

  describe('queries', () => {
    it('GetGroupRolesForUsersQuery: distinct roles of live groups, every requested id present, [] when none', async () => {
      const answer = await t.queries.execute(new GetGroupRolesForUsersQuery(org.organizationId, [users[0].id, users[1].id, users[2].id, users[3].id, unknownUser]));
      const byUser = Object.fromEntries(answer.map((a) => [a.userId, [...a.roles].sort()]));
      expect(byUser).toEqual({
        [users[0].id]: ['Admin', 'Guest'],
        [users[1].id]: ['Guest'],
        [users[2].id]: [],
        [users[3].id]: [],
        [unknownUser]: [],
      });
      const other = await t.createOrg();
      expect(await t.queries.execute(new GetGroupRolesForUsersQuery(other.organizationId, [users[0].id]))).toEqual([{ userId: users[0].id, roles: [] }]);
      expect(await t.queries.execute(new GetGroupRolesForUsersQuery(org.organizationId, []))).toEqual([]);
    });

    it('GetGroupMemberIdsQuery answers for a soft-deleted group too, and nothing across organizations', async () => {
      expect((await t.queries.execute(new GetGroupMemberIdsQuery(org.organizationId, guests.id))).sort()).toEqual([users[0].id, users[1].id].sort());
      expect(await t.queries.execute(new GetGroupMemberIdsQuery(org.organizationId, gone.id))).toEqual([users[2].id]);
      const other = await t.createOrg();
      expect(await t.queries.execute(new GetGroupMemberIdsQuery(other.organizationId, guests.id))).toEqual([]);
      expect(await t.queries.execute(new GetGroupMemberIdsQuery(org.organizationId, 'not-a-uuid'))).toEqual([]);
    });

    it('GetUserGroupsQuery and GetLiveGroupIdsForUsersQuery list only live groups', async () => {
      const groups = await t.queries.execute(new GetUserGroupsQuery(org.organizationId, users[0].id));
      expect(groups).toEqual([
        { groupId: admins.id, displayName: 'Admins', roles: ['Admin'] },
        { groupId: guests.id, displayName: 'Guests', roles: ['Guest'] },
      ]);
      expect(await t.queries.execute(new GetUserGroupsQuery(org.organizationId, users[2].id))).toEqual([]);
      const live = await t.queries.execute(new GetLiveGroupIdsForUsersQuery(org.organizationId, [users[0].id, users[2].id]));
      expect(Object.fromEntries(live.map((l) => [l.userId, [...l.groupIds].sort()]))).toEqual({ [users[0].id]: [admins.id, guests.id].sort(), [users[2].id]: [] });
    });

    it('GetGroupQuery and ListGroupsQuery: plain data; members and their count only when asked for', async () => {
      const full = await t.queries.execute(new GetGroupQuery(org.organizationId, guests.id));
      expect(full).toMatchObject({ id: guests.id, organizationId: org.organizationId, displayName: 'Guests', roles: ['Guest'], memberCount: 2 });
      expect(full!.members!.map((m) => m.userName).sort()).toEqual([users[0].userName, users[1].userName].sort());
      const lean = await t.queries.execute(new GetGroupQuery(org.organizationId, guests.id, false));
      expect(lean).toMatchObject({ id: guests.id, displayName: 'Guests' });
      expect(lean!.members).toBeUndefined();
      expect(lean!.memberCount).toBeUndefined();
      expect(await t.queries.execute(new GetGroupQuery(org.organizationId, gone.id))).toBeNull();
      expect(await t.queries.execute(new GetGroupQuery((await t.createOrg()).organizationId, guests.id))).toBeNull();
      const page = await t.queries.execute(new ListGroupsQuery(org.organizationId, { sortBy: 'displayName', sortOrder: 'ascending', startIndex: 1, count: 10 }, true));
      expect(page.totalResults).toBe(2);
      expect(page.groups.map((g) => [g.displayName, g.memberCount])).toEqual([
        ['Admins', 1],
        ['Guests', 2],
      ]);
    });
  });

  describe('filters and sorting (evaluated in SQL)', () => {
    it('LambdatestRoles by URN (case-insensitive values), members / members.value / members.display', async () => {
      expect(names((await scim.get(`/Groups?filter=${q(`${ROLES} eq "admin"`)}`)).body)).toEqual(['Admins']);
      expect(names((await scim.get(`/Groups?filter=${q(`${ROLES} pr`)}&sortBy=displayName`)).body)).toEqual(['Admins', 'Guests']);
      expect(names((await scim.get(`/Groups?filter=${q(`members eq "${users[1].id}"`)}`)).body)).toEqual(['Guests']);
      expect(names((await scim.get(`/Groups?filter=${q(`members.value eq "${users[0].id}"`)}&sortBy=displayName`)).body)).toEqual(['Admins', 'Guests']);
      expect(names((await scim.get(`/Groups?filter=${q(`members[display eq "${users[1].userName.toUpperCase()}"]`)}`)).body)).toEqual(['Guests']);
      // A deleted group's membership rows stay, but the group never matches.
      expect((await scim.get(`/Groups?filter=${q(`members eq "${users[2].id}"`)}`)).body.totalResults).toBe(0);
      expect((await scim.get(`/Groups?filter=${q('members eq "not-a-uuid"')}`)).body.totalResults).toBe(0);
    });

    it('id, externalId (case-exact), displayName (not), meta.created / meta.lastModified, sort descending', async () => {
      expect(names((await scim.get(`/Groups?filter=${q(`id eq "${guests.id}"`)}`)).body)).toEqual(['Guests']);
      expect(names((await scim.get(`/Groups?filter=${q('externalId eq "ext-admins"')}`)).body)).toEqual(['Admins']);
      expect((await scim.get(`/Groups?filter=${q('externalId eq "EXT-ADMINS"')}`)).body.totalResults).toBe(0);
      expect(names((await scim.get(`/Groups?filter=${q('not (displayName eq "ADMINS")')}`)).body)).toEqual(['Guests']);
      expect(names((await scim.get(`/Groups?filter=${q(`meta.created ge "${admins.meta.created}"`)}&sortBy=meta.created&sortOrder=descending`)).body)).toEqual(['Guests', 'Admins']);
      const touched = await scim.patch(`/Groups/${admins.id}?excludedAttributes=members`, [{ op: 'replace', path: 'externalId', value: 'ext-admins' }, { op: 'add', path: 'members', value: [{ value: users[3].id }] }]);
      expect(names((await scim.get(`/Groups?filter=${q(`meta.lastModified gt "${guests.meta.lastModified}"`)}`)).body)).toEqual(['Admins']);
      expect(names((await scim.get(`/Groups?sortBy=meta.lastModified&sortOrder=descending`)).body)[0]).toBe('Admins');
      expect(touched.body.meta.version).toBe('W/"2"');
    });

    it('bad filters and sort keys are 400 with the SCIM error schema', async () => {
      expectScimError(await scim.get(`/Groups?filter=${q('Admins')}`), 400, 'invalidFilter');
      expectScimError(await scim.get(`/Groups?filter=${q('nickName eq "x"')}`), 400, 'invalidFilter');
      expectScimError(await scim.get(`/Groups?filter=${q('meta.created gt "yesterday"')}`), 400, 'invalidFilter');
      expectScimError(await scim.get('/Groups?sortBy=nope'), 400);
    });
  });

  describe('ETags and If-Match', () => {
    it('a stale If-Match is 412 and applies nothing; the current one goes through', async () => {
      const group = await create('Versioned', [users[0].id]);
      const read = await scim.get(`/Groups/${group.id}`);
      expect(read.headers.etag).toBe('W/"1"');
      const stale = 'W/"7"';
      expectScimError(await scim.patch(`/Groups/${group.id}`, [{ op: 'add', path: 'members', value: [{ value: users[1].id }] }]).set('If-Match', stale), 412);
      expectScimError(await scim.put(`/Groups/${group.id}`, { displayName: 'Versioned 2' }).set('If-Match', stale), 412);
      expectScimError(await scim.delete(`/Groups/${group.id}`).set('If-Match', stale), 412);
      const unchanged = await scim.get(`/Groups/${group.id}`);
      expect(unchanged.body).toMatchObject({ displayName: 'Versioned', meta: { version: 'W/"1"' } });
      expect(unchanged.body.members.map((m: { value: string }) => m.value)).toEqual([users[0].id]);
      const patched = await scim.patch(`/Groups/${group.id}`, [{ op: 'add', path: 'members', value: [{ value: users[1].id }] }]).set('If-Match', 'W/"1"');
      expect(patched.status).toBe(204);
      expect(patched.headers.etag).toBe('W/"2"');
      expect((await scim.delete(`/Groups/${group.id}`).set('If-Match', 'W/"2"')).status).toBe(204);
    });
  });

  describe('input validation (400 with the right scimType, nothing stored)', () => {
    it.each([
      ['a member id that is not a UUID', { displayName: 'V1', members: [{ value: 'abc' }] }, 'invalidValue'],
      ['a member without value', { displayName: 'V2', members: [{ display: 'x@y.z' }] }, 'invalidValue'],
      ['a nested group as member', { displayName: 'V3', members: [{ value: unknownUser, type: 'Group' }] }, 'invalidValue'],
      ['an unknown LambdatestRoles value', { displayName: 'V4', [LT_GROUP]: { LambdatestRoles: ['Owner'] } }, 'invalidValue'],
      ['no displayName', { members: [] }, 'invalidValue'],
      ['a blank displayName', { displayName: '   ' }, 'invalidValue'],
    ])('%s', async (_label, body, scimType) => {
      expectScimError(await scim.post('/Groups', { schemas: [GROUP_SCHEMA], ...body }), 400, scimType);
      expect((await scim.get(`/Groups?filter=${q('displayName sw "V"')}`)).body.totalResults).toBe(0);
    });

    it('malformed JSON is 400 invalidSyntax; an unknown PATCH path is 400 invalidPath; a read-only id is 400 mutability', async () => {
      const malformed = await t.http().post('/scim/v2/Groups').set('Authorization', `Bearer ${org.scimToken}`).set('Content-Type', 'application/scim+json').send('{"displayName": ');
      expectScimError(malformed, 400, 'invalidSyntax');
      expectScimError(await scim.patch(`/Groups/${guests.id}`, [{ op: 'replace', path: 'nope', value: 1 }]), 400, 'invalidPath');
      expectScimError(await scim.patch(`/Groups/${guests.id}`, [{ op: 'replace', path: 'id', value: unknownUser }]), 400, 'mutability');
      expectScimError(await scim.patch(`/Groups/${guests.id}`, [{ op: 'remove', path: 'displayName' }]), 400, 'invalidValue');
    });

    it('the same member twice in one request (any case) is one member', async () => {
      const group = await create('Twice', [users[0].id, users[0].id.toUpperCase()]);
      expect(group.members.map((m: { value: string }) => m.value)).toEqual([users[0].id]);
      expect(await t.queries.execute(new GetGroupMemberIdsQuery(org.organizationId, group.id))).toEqual([users[0].id]);
    });

    it('unknown ids are named as sent', async () => {
      const response = await scim.post('/Groups', { displayName: 'Named', members: [{ value: unknownUser.toUpperCase() }] });
      expectScimError(response, 400, 'invalidValue');
      expect(response.body.detail).toContain(unknownUser.toUpperCase());
    });
  });
});
