import type { INestApplicationContext } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { createTestDatabase } from './support/test-database';
import { eventContracts } from '@app/platform';
import {
  settleSplitLayout,
  continueIdpGroupFlow,
  deleteStream,
  describeWithNats,
  effectiveRolesByUserName,
  ensureNats,
  natsEnv,
  readStream,
  RunningNats,
  schemaProblems,
  ScimClient,
  startIdpGroupFlow,
  startRolesService,
  startSeparateInstance,
  TestApp,
} from '@app/testing';

describeWithNats('roles as its own service over NATS JetStream', () => {
  let nats: RunningNats;
  let env: Record<string, string>;
  let monolith: TestApp;
  let api: TestApp;
  let rolesService: INestApplicationContext;

  /** Published, consumed by every module's consumer, and whatever that raised published and consumed too. */
  const settleSplit = () => settleSplitLayout(api, nats.url, env.NATS_STREAM);

  beforeAll(async () => {
    nats = await ensureNats();
    env = natsEnv(nats.url);
    // Each application in a module registry of its own, as in separate processes (passport's strategies are per registry).
    monolith = await startSeparateInstance(await createTestDatabase());
    api = await TestApp.start({ ...env, MODULES_DISABLED: 'roles' });
    rolesService = await startRolesService(api.database, env);
  });
  afterAll(async () => {
    await rolesService?.close();
    await api?.stop();
    await monolith?.stop();
    await deleteStream(nats.url, env.NATS_STREAM);
    await nats?.stop();
  });

  it('an IdP group flow gives the same effective roles as the monolith, computed by the separate process', async () => {
    const inMonolith = await startIdpGroupFlow(monolith, () => monolith.drain());
    const split = await startIdpGroupFlow(api, settleSplit);
    const firstHalf = await effectiveRolesByUserName(monolith, inMonolith.org);
    expect(firstHalf).toEqual({ 'alice@acme.test': 'Admin', 'bob@acme.test': 'Admin', 'carol@acme.test': 'Guest', 'dave@acme.test': 'User' });
    expect(await effectiveRolesByUserName(api, split.org)).toEqual(firstHalf);

    await continueIdpGroupFlow(inMonolith);
    await monolith.drain();
    await continueIdpGroupFlow(split);
    await settleSplit();
    const secondHalf = await effectiveRolesByUserName(monolith, inMonolith.org);
    expect(secondHalf).toEqual({ 'alice@acme.test': 'Guest', 'bob@acme.test': 'Guest', 'carol@acme.test': 'Admin', 'dave@acme.test': 'Admin' });
    expect(await effectiveRolesByUserName(api, split.org)).toEqual(secondHalf);

    // The roles rows were written by the roles service's consumer, which recorded each event it applied.
    const [{ n }] = await api.app.get(MikroORM).em.getConnection().execute<{ n: string }[]>(`select count(*) as n from platform.inbox where consumer = 'roles'`);
    expect(Number(n)).toBeGreaterThan(0);
  });

  it('the api forwards the admin role command to the roles service; a domain error keeps its status', async () => {
    const org = await api.createOrg('Manual');
    const scim = ScimClient.of(api, org);
    const user = (await scim.createUser('erin@manual.test')).id as string;
    await settleSplit();
    const set = await api.http().patch(`/api/v1/users/${user}/role`).set('Authorization', `Bearer ${org.adminToken}`).send({ role: 'Admin' });
    expect({ status: set.status, body: set.body }).toMatchObject({ status: 200 });
    expect(set.body).toMatchObject({ effectiveRole: 'Admin', decidedBy: 'manual' });
    const unknown = await api.http().patch(`/api/v1/users/00000000-0000-4000-8000-000000000000/role`).set('Authorization', `Bearer ${org.adminToken}`).send({ role: 'Admin' });
    expect(unknown.status).toBe(404);
  });

  it('the public subset is on its own subjects and every message matches its published JSON schema', async () => {
    const org = await api.createOrg('Rotation');
    const rotated = await api.http().post('/api/v1/scim/token').set('Authorization', `Bearer ${org.adminToken}`).send({ overlap: true });
    expect(rotated.status).toBeLessThan(300);
    await settleSplit();
    const prefix = env.NATS_SUBJECT_PREFIX;
    const published = await readStream(nats.url, env.NATS_STREAM, `${prefix}.public.`);
    const types = new Set(published.map((m) => m.subject.slice(`${prefix}.public.`.length)));
    expect([...types].sort()).toEqual(expect.arrayContaining(['roles.effective-role-changed.v1', 'scim-users.user-provisioned.v1', 'tenancy.scim-token-rotated.v1']));
    const contracts = new Map(eventContracts().map((c) => [c.type, c]));
    for (const type of types) expect(contracts.get(type)?.public).toBe(true);
    const problems = published.flatMap((m) => schemaProblems(contracts.get(m.subject.slice(`${prefix}.public.`.length))!.schema, m.payload).map((p) => `${m.subject} ${p}`));
    expect(problems).toEqual([]);
    // Internal events stay on the internal subjects.
    expect(types.has('scim-groups.group-members-added.v1')).toBe(false);
  });
});
