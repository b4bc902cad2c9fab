import { MikroORM } from '@mikro-orm/postgresql';
import { ParkedEvent, ParkedEvents } from '@app/platform';
import { GetEffectiveRoleQuery } from '@app/roles';
import { PLATFORM_SERVICE_TOKEN, ScimClient, TestApp, TestOrg, uniqueEmail } from '@app/testing';
import { runCliCommand } from '../apps/api/src/cli-commands';

/**
 * Events that keep failing for a reason outside the product's rules (here: a table the roles module
 * needs is missing, as after a botched manual change) are parked after OUTBOX_MAX_ATTEMPTS, shown
 * to the operator, and delivered once re-driven after the cause is fixed.
 */
describe('parked outbox events: visible and re-drivable', () => {
  let t: TestApp;
  let org: TestOrg;
  let scim: ScimClient;

  const sql = (text: string) => t.app.get(MikroORM).em.getConnection().execute(text);
  const breakRoles = () => sql('alter table roles.user_role rename to user_role_away');
  const repairRoles = () => sql('alter table roles.user_role_away rename to user_role');
  const role = (userId: string) => t.queries.execute(new GetEffectiveRoleQuery(org.organizationId, userId)).then((view) => view?.effectiveRole);
  const internal = (method: 'get' | 'post', path: string) => t.http()[method](`/internal/outbox${path}`).set('Authorization', `Bearer ${PLATFORM_SERVICE_TOKEN}`);

  /** A user created while the roles table is away: its provisioning event ends parked. */
  async function parkedUser(): Promise<string> {
    await breakRoles();
    const user = await scim.createUser(uniqueEmail('parked'));
    await t.drain();
    await repairRoles();
    return user.id as string;
  }

  beforeAll(async () => {
    t = await TestApp.start({ OUTBOX_MAX_ATTEMPTS: '2' });
    org = await t.createOrg();
    scim = ScimClient.of(t, org);
  });
  afterAll(() => t.stop());

  it('parks after the last attempt: readiness degraded (still 200), metric, listing by CLI and internal endpoint; the CLI re-drives it', async () => {
    const userId = await parkedUser();
    expect(await role(userId)).toBeUndefined();

    const ready = await t.http().get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'degraded', info: { database: { status: 'up' }, outbox: { status: 'up', pending: 0, parked: 1 } } });
    expect((await t.http().get('/metrics')).text).toMatch(/^outbox_parked_events 1$/m);

    const listed = (await runCliCommand(t.app, 'outbox:parked', [])) as { total: number; items: ParkedEvent[] };
    expect(listed.total).toBe(1);
    expect(listed.items).toEqual([
      expect.objectContaining({
        organizationId: org.organizationId,
        type: 'scim-users.user-provisioned.v1',
        aggregateType: 'user',
        aggregateId: userId,
        attempts: 2,
        lastError: expect.stringContaining('user_role'),
        // The other module's handler succeeded and is not called again on re-drive.
        handledBy: ['UserAttributeHandler'],
      }),
    ]);
    const overHttp = await internal('get', '/parked').expect(200);
    expect(overHttp.body).toMatchObject({ total: 1, items: [{ id: listed.items[0].id, type: 'scim-users.user-provisioned.v1' }] });

    expect(await runCliCommand(t.app, 'outbox:redrive', ['--id', listed.items[0].id])).toEqual({ redriven: 1 });
    await t.drain();
    expect(await role(userId)).toBe('User');
    expect(await t.app.get(ParkedEvents).count()).toBe(0);
    expect((await t.http().get('/health/ready')).body).toMatchObject({ status: 'ok', info: { outbox: { parked: 0 } } });
  });

  it('re-drives everything over the internal endpoint; refuses bad input and a missing service token', async () => {
    const first = await parkedUser();
    const second = await parkedUser();
    expect(await t.app.get(ParkedEvents).count()).toBe(2);

    await t.http().get('/internal/outbox/parked').expect(401);
    await t.http().post('/internal/outbox/redrive').send({ all: true }).expect(401);
    for (const body of [{}, { ids: [] }, { ids: ['x'] }, { ids: ['1'], all: true }, { all: 'yes' }]) {
      const refused = await internal('post', '/redrive').send(body);
      expect({ body, status: refused.status }).toEqual({ body, status: 400 });
      expect(refused.body).toMatchObject({ statusCode: 400, message: expect.any(String) });
    }
    await expect(runCliCommand(t.app, 'outbox:redrive', [])).rejects.toThrow('either --id <id> or --all');
    await expect(runCliCommand(t.app, 'outbox:redrive', ['--id', 'abc'])).rejects.toThrow('--id must be');

    expect((await internal('post', '/redrive').send({ all: true }).expect(200)).body).toEqual({ redriven: 2 });
    await t.drain();
    expect([await role(first), await role(second)]).toEqual(['User', 'User']);
    expect((await internal('get', '/parked').expect(200)).body).toEqual({ total: 0, items: [] });
    expect(await runCliCommand(t.app, 'outbox:redrive', ['--all'])).toEqual({ redriven: 0 });
  });
});
