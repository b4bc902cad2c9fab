import type { PlannedRequest } from '../load/load-job';
import { runLoad } from '../load/run-load';
import { summarizeLatencies } from '../load/stats';
import type { BenchOrg } from '../setup/bench-app';
import { seedUsers } from '../setup/seed-users';
import { assertClean, BenchContext, PATCH_OP_SCHEMA, ScenarioResult, scimCall, scimHeaders } from './scenario';

const CORE_GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const SMALL_GROUP = 10;
const BIG_GROUP = 100_000;
/** Users in neither group: each add/remove round adds one of them, then removes it again. */
const OUTSIDERS = 200;
const WARMUP_ROUNDS = 20;
const ROUNDS = 150;
const DRAIN_TIMEOUT_MS = 300_000;

export interface GroupOrg {
  org: BenchOrg;
  /** Members of the big group, in seeding order. */
  memberIds: string[];
}

export type GroupScenarioOutcome = { results: ScenarioResult[]; groupOrg?: GroupOrg };

/**
 * Membership change on a 10-member group vs a 100,000-member group, interleaved in one
 * sequential run so both see the same background (relay, autovacuum). The target ratio is ≈1.
 */
export async function groupScenarios(ctx: BenchContext): Promise<GroupScenarioOutcome> {
  const title = 'PATCH /Groups/{id} add+remove member: 10 vs 100k members';
  const org = await ctx.app.createOrg('Bench groups', true);
  const probe = await scimCall(ctx, org, 'POST', '/scim/v2/Groups?excludedAttributes=members', { schemas: [CORE_GROUP_SCHEMA], displayName: 'bench-probe', members: [] });
  if (probe.status === 404) {
    return { results: [skipped('groups-add-remove-member', title, 'POST /scim/v2/Groups answered 404: the scim-groups module is not registered yet')] };
  }
  if (probe.status !== 201) throw new Error(`POST /Groups answered ${probe.status}: ${JSON.stringify(probe.json).slice(0, 300)}`);

  const started = performance.now();
  const ids = await seedUsers(ctx.pool, org.organizationId, 'member-', BIG_GROUP + OUTSIDERS);
  const seedUsersSeconds = (performance.now() - started) / 1000;
  const memberIds = ids.slice(0, BIG_GROUP);
  const outsiders = ids.slice(BIG_GROUP);
  ctx.log(`seeded ${ids.length} users in ${seedUsersSeconds.toFixed(1)} s`);

  const small = await createGroup(ctx, org, 'bench-small', memberIds.slice(0, SMALL_GROUP));
  const createBig = performance.now();
  const big = await createGroup(ctx, org, 'bench-big', memberIds);
  const createBigSeconds = (performance.now() - createBig) / 1000;
  ctx.log(`created a ${BIG_GROUP}-member group in one POST in ${createBigSeconds.toFixed(1)} s; draining the outbox`);
  const drainStarted = performance.now();
  await ctx.app.drain(DRAIN_TIMEOUT_MS);
  const drainSeconds = (performance.now() - drainStarted) / 1000;

  // Round r: add outsider to small, remove it, add it to big, remove it; latency i belongs to step i % 4.
  const member = (op: 'add' | 'remove', userId: string) => JSON.stringify({ schemas: [PATCH_OP_SCHEMA], Operations: [{ op, path: 'members', value: [{ value: userId }] }] });
  const round = (r: number): PlannedRequest[] => {
    const userId = outsiders[r % outsiders.length];
    return [small, small, big, big].map((groupId, step) => ({
      method: 'PATCH',
      path: `/scim/v2/Groups/${groupId}?excludedAttributes=members`,
      body: member(step % 2 === 0 ? 'add' : 'remove', userId),
    }));
  };
  const rounds = (from: number, count: number) => Array.from({ length: count }, (_, r) => round(from + r)).flat();
  const job = { origin: ctx.app.origin, headers: scimHeaders(org), concurrency: 1, durationMs: 120_000, expectedStatus: [200, 204] };
  assertClean(await runLoad({ ...job, requests: rounds(0, WARMUP_ROUNDS), maxRequests: WARMUP_ROUNDS * 4 }));
  const before = await lastOutboxId(ctx);
  const run = await runLoad({ ...job, requests: rounds(WARMUP_ROUNDS, ROUNDS), maxRequests: ROUNDS * 4 });
  assertClean(run);
  const step = (k: number) => summarizeLatencies(Array.from(run.latenciesMs).filter((_, i) => i % 4 === k));
  const [smallAdd, smallRemove, bigAdd, bigRemove] = [0, 1, 2, 3].map(step);
  await ctx.app.drain(DRAIN_TIMEOUT_MS);
  await assertMembershipChanged(ctx, before, [small, big], ROUNDS);

  const result: ScenarioResult = {
    id: 'groups-add-remove-member',
    title,
    status: 'ok',
    figures: {
      rounds: ROUNDS,
      smallAddP50Ms: smallAdd.p50Ms,
      smallAddP99Ms: smallAdd.p99Ms,
      smallRemoveP50Ms: smallRemove.p50Ms,
      smallRemoveP99Ms: smallRemove.p99Ms,
      bigAddP50Ms: bigAdd.p50Ms,
      bigAddP99Ms: bigAdd.p99Ms,
      bigRemoveP50Ms: bigRemove.p50Ms,
      bigRemoveP99Ms: bigRemove.p99Ms,
      addRatioBigToSmallP50: bigAdd.p50Ms / smallAdd.p50Ms,
      removeRatioBigToSmallP50: bigRemove.p50Ms / smallRemove.p50Ms,
      seedUsersSeconds,
      createBigGroupSeconds: createBigSeconds,
      drainAfterBigGroupSeconds: drainSeconds,
    },
  };
  return { results: [result], groupOrg: { org, memberIds } };
}

/** One POST carrying every member, as a client that pushes a whole group does. */
export async function createGroup(ctx: BenchContext, org: BenchOrg, displayName: string, memberIds: string[]): Promise<string> {
  const body = { schemas: [CORE_GROUP_SCHEMA], displayName, members: memberIds.map((value) => ({ value })) };
  const created = await scimCall(ctx, org, 'POST', '/scim/v2/Groups?excludedAttributes=members', body);
  if (created.status !== 201) throw new Error(`POST /Groups (${memberIds.length} members) answered ${created.status}: ${JSON.stringify(created.json).slice(0, 300)}`);
  return created.json.id!;
}

/** A PATCH that answered 200 but changed nothing would look fast: each one must have raised its event. */
async function assertMembershipChanged(ctx: BenchContext, afterId: string, groupIds: string[], rounds: number): Promise<void> {
  const { rows } = await ctx.pool.query<{ aggregate_id: string; type: string; n: string }>(
    `select aggregate_id, type, count(*) as n from platform.outbox_event
      where id > $1 and type in ('scim-groups.group-members-added.v1', 'scim-groups.group-members-removed.v1') group by 1, 2`,
    [afterId],
  );
  for (const groupId of groupIds) {
    const counts = rows.filter((r) => r.aggregate_id === groupId).map((r) => Number(r.n));
    if (counts.length !== 2 || counts.some((n) => n !== rounds)) {
      throw new Error(`group ${groupId}: expected ${rounds} members-added and ${rounds} members-removed events, got ${JSON.stringify(rows.filter((r) => r.aggregate_id === groupId))}`);
    }
  }
}

export async function lastOutboxId(ctx: BenchContext): Promise<string> {
  const { rows } = await ctx.pool.query<{ id: string }>('select coalesce(max(id), 0)::text as id from platform.outbox_event');
  return rows[0].id;
}

export function skipped(id: string, title: string, note: string): ScenarioResult {
  return { id, title, status: 'skipped', note };
}
