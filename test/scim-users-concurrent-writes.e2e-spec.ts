import { LT_USER, outboxEvents, ScimClient, TestApp, TestOrg, uniqueEmail, USER_SCHEMA } from '@app/testing';

describe('SCIM Users: concurrent writes to one user', () => {
  let t: TestApp;
  let org: TestOrg;
  let scim: ScimClient;

  beforeAll(async () => {
    t = await TestApp.start();
    org = await t.createOrg();
    scim = ScimClient.of(t, org);
  });
  afterAll(() => t.stop());

  it('16 concurrent full PUTs all apply: none is lost, the version counts every one', async () => {
    const userName = uniqueEmail('racer');
    const created = await scim.createUser(userName);
    const puts = Array.from({ length: 16 }, (_, i) =>
      scim.put(`/Users/${created.id}`, { schemas: [USER_SCHEMA, LT_USER], userName, name: { givenName: 'Race', familyName: `Runner ${i}` }, active: true, [LT_USER]: { OrganizationRole: 'User' } }),
    );
    const answers = await Promise.all(puts);
    expect(answers.map((a) => a.status)).toEqual(puts.map(() => 200));
    const read = (await scim.get(`/Users/${created.id}`)).body;
    expect(read.meta.version).toBe(`W/"${1 + 16}"`);
    expect(answers.map((a) => a.body.name.familyName)).toContain(read.name.familyName);
    const roleEvents = (await outboxEvents(t, 'scim-users.user-role-input-changed.v1')).filter((e) => e.payload.userId === created.id);
    expect(roleEvents.map((e) => e.payload.organizationRole)).toEqual(['User']);
  });

  it('concurrent deactivate and reactivate PATCHes: the events follow the order the writes took effect', async () => {
    const created = await scim.createUser(uniqueEmail('toggle'));
    const toggle = (value: string) => scim.patch(`/Users/${created.id}`, [{ op: 'Replace', path: 'active', value }]);
    const answers = await Promise.all(['False', 'True', 'False', 'True', 'False', 'True', 'False', 'True'].map(toggle));
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
    const final = (await scim.get(`/Users/${created.id}`)).body.active as boolean;
    const events = (await outboxEvents(t)).filter((e) => e.payload.userId === created.id && /user-(de|re)activated/.test(e.type)).map((e) => e.type);
    // Each real change raised one event, alternating, and the last one matches the final state.
    events.forEach((type, i) => expect(type).toBe(i % 2 === 0 ? 'scim-users.user-deactivated.v1' : 'scim-users.user-reactivated.v1'));
    expect(events.length).toBeGreaterThan(0);
    expect(events[events.length - 1]).toBe(final ? 'scim-users.user-reactivated.v1' : 'scim-users.user-deactivated.v1');
  });
});
