import { MikroORM } from '@mikro-orm/postgresql';
import { GetEffectiveRolesQuery } from '@app/roles';
import { GROUP_SCHEMA, LT_GROUP, LT_USER, outboxEvents, ScimClient, TestApp, TestOrg, uniqueEmail } from '@app/testing';

const ROLE_HANDLERS = ['UserRoleInputsHandler', 'GroupMembershipHandler', 'GroupRolesHandler'];
const ROLE_INPUT_EVENTS = [
  'scim-users.user-provisioned.v1',
  'scim-users.user-role-input-changed.v1',
  'scim-groups.group-members-added.v1',
  'scim-groups.group-members-removed.v1',
  'scim-groups.group-roles-changed.v1',
  'scim-groups.group-deleted.v1',
];

/** Events written in the same transaction as the change survive a crash before delivery (docs/events.md). */
describe('roles after a crash before the outbox was delivered', () => {
  let crashed: TestApp;
  let restarted: TestApp;
  let org: TestOrg;
  const users: Record<string, string> = {};

  const rolesIn = async (t: TestApp) => {
    const rows = await t.queries.execute(new GetEffectiveRolesQuery(org.organizationId, Object.values(users)));
    const byId = new Map(rows.map((row) => [row.userId, row.effectiveRole]));
    return Object.fromEntries(Object.entries(users).map(([name, id]) => [name, byId.get(id) ?? null]));
  };
  const expectedRoles = {
    promoted: 'Admin', // IdP Guest + Admin group
    leftAdmins: 'Guest', // left the Admin group, IdP Guest
    deletedGroupOnly: 'User', // its only group was deleted, nothing else
    idpWins: 'Admin', // IdP Admin + group roles lowered to Guest
    loweredGroup: 'Guest', // group roles lowered to Guest
  };

  beforeAll(async () => {
    crashed = await TestApp.start({ OUTBOX_RELAY_ENABLED: 'false' });
    org = await crashed.createOrg('Crash');
    const scim = ScimClient.of(crashed, org);
    await crashed.http().patch('/api/v1/scim/settings').set('Authorization', `Bearer ${org.adminToken}`).send({ groupProvisioningEnabled: true });
    const create = async (name: string, organizationRole?: string) => {
      users[name] = (await scim.createUser(uniqueEmail(name), organizationRole ? { [LT_USER]: { OrganizationRole: organizationRole } } : {})).id;
    };
    const group = async (roles: string[], members: string[]) =>
      (await scim.post('/Groups', { schemas: [GROUP_SCHEMA, LT_GROUP], displayName: uniqueEmail('grp'), members: members.map((value) => ({ value })), [LT_GROUP]: { LambdatestRoles: roles } })).body.id as string;

    await create('promoted', 'Guest');
    await create('leftAdmins', 'Guest');
    await create('deletedGroupOnly');
    await create('idpWins', 'User');
    await create('loweredGroup');
    const admins = await group(['Admin'], [users.promoted, users.leftAdmins]);
    await scim.patch(`/Groups/${admins}`, [{ op: 'remove', path: `members[value eq "${users.leftAdmins}"]` }]);
    const doomed = await group(['Admin'], [users.deletedGroupOnly]);
    expect((await scim.delete(`/Groups/${doomed}`)).status).toBe(204);
    const lowered = await group(['Admin'], [users.idpWins, users.loweredGroup]);
    await scim.patch(`/Groups/${lowered}`, [{ op: 'replace', path: `${LT_GROUP}:LambdatestRoles`, value: ['Guest'] }]);
    await scim.patch(`/Users/${users.idpWins}`, [{ op: 'replace', path: `${LT_USER}:OrganizationRole`, value: 'Admin' }]);

    // Nothing was delivered: no role is known yet. Then the process dies.
    expect(Object.values(await rolesIn(crashed)).every((role) => role === null)).toBe(true);
    await crashed.app.close();
    restarted = await TestApp.startOn(crashed.database);
  });
  afterAll(() => restarted.stop());

  it('delivers the events left in the outbox after restart, and the roles end up right', async () => {
    await restarted.drain();
    expect(await rolesIn(restarted)).toEqual(expectedRoles);
  });

  it('a repeated delivery of every role input gives the same roles and reports no change', async () => {
    const changesBefore = (await outboxEvents(restarted, 'roles.effective-role-changed.v1')).length;
    // As if the process had died after the handlers committed but before the delivery marks.
    const replayed = await restarted.app.get(MikroORM).em.getConnection().execute(
      `update platform.outbox_event set delivered_at = null, handled_by = array(select unnest(handled_by) except select unnest(?::text[]))
        where type = any(?::text[]) returning id`,
      [`{${ROLE_HANDLERS.join(',')}}`, `{${ROLE_INPUT_EVENTS.join(',')}}`],
    );
    expect(replayed.length).toBeGreaterThan(10);
    await restarted.drain();
    expect(await rolesIn(restarted)).toEqual(expectedRoles);
    expect((await outboxEvents(restarted, 'roles.effective-role-changed.v1')).length).toBe(changesBefore);
  });
});
