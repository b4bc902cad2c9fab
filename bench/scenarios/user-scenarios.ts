import type { PlannedRequest } from '../load/load-job';
import { ReferenceServer } from '../setup/reference-server';
import { freePort } from '@app/platform';
import { benchUserName, seedUsers } from '../setup/seed-users';
import { BenchContext, compareWithReference, PATCH_OP_SCHEMA, ScenarioResult, scimHeaders, shuffled } from './scenario';

const SEEDED_USERS = 10_000;
const PREFIX = 'user-';
const CORE_USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
const LAMBDATEST_USER_SCHEMA = 'urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:User';

const lookup = (userName: string): PlannedRequest => ({
  method: 'GET',
  path: `/scim/v2/Users?filter=${encodeURIComponent(`userName eq "${userName}"`)}`,
});

/** What PingOne sends to create a user, and again (whole) for every update. */
export function pingOneUser(userName: string, familyName: string, active = true): Record<string, unknown> {
  return {
    schemas: [CORE_USER_SCHEMA, LAMBDATEST_USER_SCHEMA],
    userName,
    name: { givenName: 'Bench', familyName, formatted: `Bench ${familyName}` },
    emails: [{ value: userName, type: 'work', primary: true }],
    active,
    [LAMBDATEST_USER_SCHEMA]: { OrganizationRole: 'User' },
  };
}

/**
 * The user hot paths on one organization of 10k users, each against the bare reference doing the
 * same kind of durable work in the same run: the PingOne look-up, read by id, create, PingOne's
 * full PUT and Entra's PATCH of `active`.
 */
export async function userScenarios(ctx: BenchContext): Promise<ScenarioResult[]> {
  const org = await ctx.app.createOrg('Bench users');
  const ids = await seedUsers(ctx.pool, org.organizationId, PREFIX, SEEDED_USERS);
  ctx.log(`seeded ${ids.length} users`);
  const names = shuffled(Array.from({ length: SEEDED_USERS }, (_, i) => benchUserName(PREFIX, i + 1)));
  // Mixed case: the IdP's userName may differ in case from what it created, and the lookup must still hit the index.
  const lookups = names.map((name, i) => lookup(i % 2 ? name.toUpperCase() : name));
  const results: ScenarioResult[] = [];
  const app = { origin: ctx.app.origin, headers: scimHeaders(org) };
  const reference = await ReferenceServer.start(ctx.databaseUrl, org.organizationId, ctx.app.config.DB_POOL_MAX, await freePort());
  const targets = { reference, app };
  const same = (plan: Parameters<typeof compareWithReference>[3]['app']) => ({ reference: plan, app: plan });
  try {
    results.push(...(await compareWithReference(ctx, targets, { id: 'users-filter-userName', title: 'GET /Users?filter=userName eq "…"' }, same({ warmup: lookups, measured: lookups, expectedStatus: [200] }))));

    const byId = shuffled(ids).map((id): PlannedRequest => ({ method: 'GET', path: `/scim/v2/Users/${id}` }));
    results.push(...(await compareWithReference(ctx, targets, { id: 'users-get-by-id', title: 'GET /Users/{id}' }, same({ warmup: byId, measured: byId, expectedStatus: [200] }))));

    const creates = (tag: string, count: number) =>
      Array.from({ length: count }, (_, i): PlannedRequest => ({ method: 'POST', path: '/scim/v2/Users', body: JSON.stringify(pingOneUser(`created-${tag}-${i}@bench.test`, `User ${i}`)) }));
    // Each userName is used once (cycle: false): a second POST of one would be a 409, not a create.
    results.push(
      ...(await compareWithReference(ctx, targets, { id: 'users-create', title: 'POST /Users (PingOne body)' }, {
        reference: { warmup: creates('ref-warmup', 5_000), measured: creates('ref-measured', 20_000), expectedStatus: [201], cycle: false },
        app: { warmup: creates('warmup', 5_000), measured: creates('measured', 20_000), expectedStatus: [201], cycle: false },
      })),
    );

    // PingOne updates with a full PUT; each one really changes the user (a new familyName).
    const puts = (tag: string) =>
      shuffled(ids.map((id, n) => ({ id, userName: benchUserName(PREFIX, n + 1) })), 3).map(
        ({ id, userName }, i): PlannedRequest => ({ method: 'PUT', path: `/scim/v2/Users/${id}`, body: JSON.stringify(pingOneUser(userName, `${tag} ${i}`)) }),
      );
    const [refPuts, appPuts] = [puts('Reference'), puts('Renamed')];
    results.push(
      ...(await compareWithReference(ctx, targets, { id: 'users-put', title: 'PUT /Users/{id} (PingOne full update)' }, {
        reference: { warmup: refPuts, measured: refPuts, expectedStatus: [200] },
        app: { warmup: appPuts.slice(0, 3_000), measured: appPuts.slice(3_000), expectedStatus: [200], cycle: false },
      })),
    );

    // Entra: `"op":"Replace"` with the boolean as a string. First pass deactivates, second reactivates.
    const patches = (value: 'False' | 'True') =>
      shuffled(ids, 7).map((id): PlannedRequest => ({
        method: 'PATCH',
        path: `/scim/v2/Users/${id}`,
        body: JSON.stringify({ schemas: [PATCH_OP_SCHEMA], Operations: [{ op: 'Replace', path: 'active', value }] }),
      }));
    const half = SEEDED_USERS / 2;
    results.push(
      ...(await compareWithReference(ctx, targets, { id: 'users-patch-active', title: 'PATCH /Users/{id} active (Entra body)' }, {
        reference: { warmup: patches('True'), measured: patches('True'), expectedStatus: [200] },
        app: { warmup: patches('False').slice(0, half), measured: [...patches('False').slice(half), ...patches('True')], expectedStatus: [200], cycle: false },
      })),
    );
  } finally {
    await reference.stop();
  }
  await ctx.app.drain(120_000);
  return results;
}
