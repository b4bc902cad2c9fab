import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { OutboxRelay, pgArray } from '@app/platform';
import {
  settleSplitLayout,
  continueIdpGroupFlow,
  deleteStream,
  describeWithNats,
  effectiveRolesByUserName,
  ensureNats,
  IdpGroupFlow,
  natsEnv,
  publishCopy,
  RunningNats,
  ScimClient,
  startIdpGroupFlow,
  startRolesService,
  TestApp,
} from '@app/testing';

/** The event types the roles module reacts to: every one published must reach its consumer's inbox once. */
const ROLES_INPUTS = [
  'scim-users.user-provisioned.v1',
  'scim-users.user-role-input-changed.v1',
  'scim-groups.group-members-added.v1',
  'scim-groups.group-members-removed.v1',
  'scim-groups.group-roles-changed.v1',
];

describeWithNats('the roles service stops and restarts: no loss, no duplicate effect', () => {
  let nats: RunningNats;
  let env: Record<string, string>;
  let api: TestApp;
  let rolesService: INestApplicationContext | undefined;

  const sql = async <R = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<R[]> => (await api.app.get(MikroORM).em.getConnection().execute(query, params)) as R[];
  const settle = () => settleSplitLayout(api, nats.url, env.NATS_STREAM);
  const storedRoles = async (flow: IdpGroupFlow) => {
    const rows = await sql<{ user_id: string; effective_role: string }>(`select user_id, effective_role from roles.user_role where organization_id = ?`, [flow.org.organizationId]);
    const names = Object.fromEntries(Object.entries(flow.users).map(([name, id]) => [id, name]));
    return Object.fromEntries(rows.map((r) => [names[r.user_id], r.effective_role]));
  };

  beforeAll(async () => {
    nats = await ensureNats();
    env = natsEnv(nats.url);
    api = await TestApp.start({ ...env, MODULES_DISABLED: 'roles' });
    rolesService = await startRolesService(api.database, env);
  });
  afterAll(async () => {
    await rolesService?.close();
    await api?.stop();
    await deleteStream(nats.url, env.NATS_STREAM);
    await nats?.stop();
  });

  it('changes pushed while the consumer is down are applied once it is back, each role change raised once', async () => {
    const flow = await startIdpGroupFlow(api, settle);
    expect(await storedRoles(flow)).toEqual({ alice: 'Admin', bob: 'Admin', carol: 'Guest', dave: 'User' });

    await rolesService!.close();
    rolesService = undefined;
    const [{ mark }] = await sql<{ mark: string }>(`select coalesce(max(id), 0) as mark from platform.outbox_event`);
    await continueIdpGroupFlow(flow);
    await api.drain();
    // Published to JetStream, not applied: the only consumer of the roles module is down.
    expect(await api.app.get(OutboxRelay).pendingCount()).toBe(0);
    expect(await storedRoles(flow)).toEqual({ alice: 'Admin', bob: 'Admin', carol: 'Guest', dave: 'User' });

    rolesService = await startRolesService(api.database, env);
    await settle();
    expect(await storedRoles(flow)).toEqual({ alice: 'Guest', bob: 'Guest', carol: 'Admin', dave: 'Admin' });
    expect(await effectiveRolesByUserName(api, flow.org)).toEqual({ 'alice@acme.test': 'Guest', 'bob@acme.test': 'Guest', 'carol@acme.test': 'Admin', 'dave@acme.test': 'Admin' });

    // The backlog is recomputed from the final state: each user changes once, and once only.
    const changes = await sql<{ user_id: string; previous_role: string; role: string }>(
      `select c->>'userId' as user_id, c->>'previousRole' as previous_role, c->>'role' as role
         from platform.outbox_event e cross join jsonb_array_elements(e.payload->'changes') c
        where e.type = 'roles.effective-role-changed.v1' and e.id > ? and e.organization_id = ?`,
      [mark, flow.org.organizationId],
    );
    const { alice, bob, carol, dave } = flow.users;
    expect(changes.sort((a, b) => a.user_id.localeCompare(b.user_id))).toEqual(
      [
        { user_id: alice, previous_role: 'Admin', role: 'Guest' },
        { user_id: bob, previous_role: 'Admin', role: 'Guest' },
        { user_id: carol, previous_role: 'Guest', role: 'Admin' },
        { user_id: dave, previous_role: 'User', role: 'Admin' },
      ].sort((a, b) => a.user_id.localeCompare(b.user_id)),
    );

    // Every published input of roles reached its consumer's inbox: none lost, none applied twice.
    const [counts] = await sql<{ published: string; applied: string }>(
      `select (select count(*) from platform.outbox_event where type = any(?::text[]) and delivered_at is not null) as published,
              (select count(*) from platform.inbox where consumer = 'roles' and type = any(?::text[])) as applied`,
      [pgArray(ROLES_INPUTS), pgArray(ROLES_INPUTS)],
    );
    expect(Number(counts.published)).toBeGreaterThan(10);
    expect(Number(counts.applied)).toBe(Number(counts.published));
  });

  it('a redelivered event already in the inbox is skipped; the same event under a new id is applied', async () => {
    const org = await api.createOrg('Redelivery');
    const user = (await ScimClient.of(api, org).createUser('gina@redelivery.test')).id as string;
    await settle();
    const [event] = await sql<{ event_id: string; payload: unknown }>(
      `select event_id, payload from platform.outbox_event where type = 'scim-users.user-provisioned.v1' and aggregate_id = ?`,
      [user],
    );
    const copy = { type: 'scim-users.user-provisioned.v1', eventId: event.event_id, organizationId: org.organizationId, aggregateType: 'user', aggregateId: user, payload: event.payload };
    // The handler's effect removed by hand: only a handler run brings the row back.
    await sql(`delete from roles.user_role where user_id = ?`, [user]);

    await publishCopy(nats.url, env.NATS_SUBJECT_PREFIX, copy);
    await settle();
    expect(await sql(`select 1 from roles.user_role where user_id = ?`, [user])).toHaveLength(0);

    await publishCopy(nats.url, env.NATS_SUBJECT_PREFIX, { ...copy, eventId: randomUUID() });
    await settle();
    expect(await sql(`select effective_role from roles.user_role where user_id = ?`, [user])).toEqual([{ effective_role: 'User' }]);
  });
});
