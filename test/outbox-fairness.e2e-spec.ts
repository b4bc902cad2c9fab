import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { OutboxRelay, ParkedEvents, TransactionRunner } from '@app/platform';
import { GetEffectiveRoleQuery } from '@app/roles';
import { GroupMembersAddedEvent } from '@app/scim-groups';
import { UserProvisionedEvent } from '@app/scim-users';
import { GROUP_SCHEMA, LT_GROUP, ScimClient, seedUsers, TestApp, uniqueEmail } from '@app/testing';
import { MappingWorld } from './mapping-fixtures';

/** Polls until `probe` answers `expected` or the bound passes; answers the last value seen. */
async function eventually<T>(probe: () => Promise<T>, expected: T, boundMs = 15_000): Promise<T> {
  const deadline = Date.now() + boundMs;
  let value = await probe();
  while (value !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await probe();
  }
  return value;
}

describe('outbox fairness: one organization cannot stall another', () => {
  let t: TestApp;

  beforeAll(async () => {
    // A small batch makes any head-of-line blocking show at once.
    t = await TestApp.start({ OUTBOX_BATCH_SIZE: '20' });
  });
  afterAll(() => t.stop());

  it("org A's derived state converges while org B floods events that fail on every delivery", async () => {
    const a = await t.createOrg('Org A');
    const b = await t.createOrg('Org B');
    await t.http().patch('/api/v1/scim/settings').set('Authorization', `Bearer ${a.adminToken}`).send({ groupProvisioningEnabled: true }).expect(200);

    // B: 300 membership events naming users that cannot exist (every delivery fails in the handlers),
    // raised before A does anything, plus a backlog of ordinary work.
    const poison = Array.from({ length: 300 }, () => new GroupMembersAddedEvent(b.organizationId, randomUUID(), ['not-a-user-id']));
    await t.app.get(TransactionRunner).run(async ({ raise }) => raise(...poison));
    const seeded = await seedUsers(t, b.organizationId, 500, 'flood');
    await t.app
      .get(TransactionRunner)
      .run(async ({ raise }) => raise(...seeded.map((id) => new UserProvisionedEvent(b.organizationId, id, `${id}@seed.test`, true, null, null, false))));

    // A: a user joins a group that gives Admin.
    const scimA = ScimClient.of(t, a);
    const user = await scimA.createUser(uniqueEmail('admin-to-be'));
    const group = await scimA.post('/Groups', {
      schemas: [GROUP_SCHEMA, LT_GROUP],
      displayName: 'Admins',
      members: [{ value: user.id }],
      [LT_GROUP]: { LambdatestRoles: ['Admin'] },
    });
    expect(group.status).toBe(201);

    const role = () => t.queries.execute(new GetEffectiveRoleQuery(a.organizationId, user.id as string)).then((view) => view?.effectiveRole);
    expect(await eventually(role, 'Admin')).toBe('Admin');

    // B was still flooding: its failing events are retried (backing off), neither delivered nor parked.
    const [flood] = await t.app.get(MikroORM).em.getConnection().execute<{ pending: string; retried: string }[]>(
      `select count(*) filter (where delivered_at is null and failed_at is null) as pending, count(*) filter (where attempts > 0) as retried
         from platform.outbox_event where organization_id = ? and type = 'scim-groups.group-members-added.v1'`,
      [b.organizationId],
    );
    expect(Number(flood.pending)).toBe(300);
    expect(Number(flood.retried)).toBeGreaterThan(0);
  });
});

describe('a group whose name cannot be a Team name, under an auto-approve rule', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  it('leaves its mapping Pending with the reason shown to the admin; nothing is retried or parked', async () => {
    const w = await MappingWorld.create(t);
    const rule = await w.createRule({ name: 'all', type: 'match_all', targetType: 'team', autoApprove: true });
    const longName = `Engineering ${'platform '.repeat(25)}`.trim();
    expect(longName.length).toBeGreaterThan(200);
    const longGroup = await w.createGroup(longName);
    const shortGroup = await w.createGroup('Short enough');

    const [pending] = await w.mappings(longGroup);
    expect(pending).toMatchObject({ ruleId: rule.id, targetType: 'team', status: 'pending', entityId: null });
    expect(pending.pendingReason).toMatch(/^Auto-approve could not create a Team named after the group: .*200 characters/);
    expect(await w.mappings(shortGroup)).toEqual([expect.objectContaining({ status: 'auto_approved', pendingReason: null })]);
    const listed = await w.admin('get', '/api/v1/scim/mappings?status=pending').expect(200);
    expect(listed.body.items).toEqual([expect.objectContaining({ id: pending.id, pendingReason: pending.pendingReason })]);

    expect(await t.app.get(OutboxRelay).pendingCount()).toBe(0);
    expect(await t.app.get(ParkedEvents).count()).toBe(0);

    // The admin decides: a Team with a name of their choice; the reason goes away with the approval.
    const approved = await w.admin('post', `/api/v1/scim/mappings/${pending.id}/approve`, { createEntityName: 'Engineering platform' }).expect(200);
    expect(approved.body).toMatchObject({ status: 'approved', pendingReason: null });
  });
});
