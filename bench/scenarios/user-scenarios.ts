import type { PlannedRequest } from '../load/load-job';
import { ReferenceServer } from '../setup/reference-server';
import { freePort } from '@app/platform';
import { benchUserName, seedUsers } from '../setup/seed-users';
import { BenchContext, measureThroughput, PATCH_OP_SCHEMA, ScenarioResult, scimHeaders, shuffled } from './scenario';

const SEEDED_USERS = 10_000;
const PREFIX = 'user-';
const CORE_USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';

const lookup = (userName: string): PlannedRequest => ({
  method: 'GET',
  path: `/scim/v2/Users?filter=${encodeURIComponent(`userName eq "${userName}"`)}`,
});

/**
 * The user hot paths on one organization of 10k users: the PingOne look-up (against the bare
 * reference, same load), read by id, create and deactivate.
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

  const referenceServer = await ReferenceServer.start(ctx.databaseUrl, org.organizationId, ctx.app.config.DB_POOL_MAX, await freePort());
  try {
    const load = await measureThroughput(ctx, { origin: referenceServer.origin, headers: {} }, { warmup: lookups, measured: lookups, expectedStatus: [200] });
    results.push({ id: 'reference-lookup', title: 'reference: bare http + pg, lookup by userName', status: 'ok', load });
  } finally {
    await referenceServer.stop();
  }

  const lookupLoad = await measureThroughput(ctx, app, { warmup: lookups, measured: lookups, expectedStatus: [200] });
  results.push({ id: 'users-filter-userName', title: 'GET /Users?filter=userName eq "…"', status: 'ok', load: lookupLoad });

  const byId = shuffled(ids).map((id): PlannedRequest => ({ method: 'GET', path: `/scim/v2/Users/${id}` }));
  const byIdLoad = await measureThroughput(ctx, app, { warmup: byId, measured: byId, expectedStatus: [200] });
  results.push({ id: 'users-get-by-id', title: 'GET /Users/{id}', status: 'ok', load: byIdLoad });

  const creates = (tag: string, count: number) =>
    Array.from({ length: count }, (_, i): PlannedRequest => {
      const userName = `created-${tag}-${i}@bench.test`;
      const body = { schemas: [CORE_USER_SCHEMA], userName, name: { givenName: 'New', familyName: `User ${i}` }, emails: [{ value: userName, type: 'work', primary: true }], active: true };
      return { method: 'POST', path: '/scim/v2/Users', body: JSON.stringify(body) };
    });
  // Each userName is used once (cycle: false): a second POST of one would be a 409, not a create.
  const createLoad = await measureThroughput(ctx, app, { warmup: creates('warmup', 20_000), measured: creates('measured', 50_000), expectedStatus: [201], cycle: false });
  results.push({ id: 'users-create', title: 'POST /Users (distinct userNames)', status: 'ok', load: createLoad });

  // First pass deactivates, second reactivates: every request really changes a user.
  const patches = (value: boolean) =>
    shuffled(ids, 7).map((id): PlannedRequest => ({
      method: 'PATCH',
      path: `/scim/v2/Users/${id}`,
      body: JSON.stringify({ schemas: [PATCH_OP_SCHEMA], Operations: [{ op: 'replace', path: 'active', value }] }),
    }));
  const [warmupPatches, measuredPatches] = [patches(false).slice(0, SEEDED_USERS / 2), [...patches(false).slice(SEEDED_USERS / 2), ...patches(true)]];
  const patchLoad = await measureThroughput(ctx, app, { warmup: warmupPatches, measured: measuredPatches, expectedStatus: [200], cycle: false });
  results.push({ id: 'users-patch-active', title: 'PATCH /Users/{id} (replace active)', status: 'ok', load: patchLoad });

  await ctx.app.drain(120_000);
  return results;
}
