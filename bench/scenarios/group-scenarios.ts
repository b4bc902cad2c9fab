import { freePort } from '@app/platform';
import type { PlannedRequest } from '../load/load-job';
import type { BenchOrg } from '../setup/bench-app';
import { ReferenceServer } from '../setup/reference-server';
import { seedUsers } from '../setup/seed-users';
import { BenchContext, compareWithReference, measureThroughput, PATCH_OP_SCHEMA, ScenarioResult, scimCall, scimHeaders } from './scenario';

const CORE_GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const SMALL_GROUP = 10;
const BIG_GROUP = 100_000;
/** Users in no group: the add scenarios add each of them once, the remove scenarios take them out again. */
const POOL = 30_000;
const WARMUP_POOL = 6_000;
/** Ten-member groups listed beside the big one on a page of GET /Groups. */
const OTHER_GROUPS = 30;
const DRAIN_TIMEOUT_MS = 300_000;

export interface GroupOrg {
  org: BenchOrg;
  /** Members of the big group, in seeding order. */
  memberIds: string[];
}

export type GroupScenarioOutcome = { results: ScenarioResult[]; groupOrg?: GroupOrg };

/** The bodies IdPs really send for one member (Entra and Okta/PingOne alternately), never with excludedAttributes. */
export function memberPatch(op: 'add' | 'remove', userId: string, style: number): string {
  const entra = style % 2 === 0;
  const operation =
    op === 'add'
      ? entra
        ? { op: 'Add', path: 'members', value: [{ $ref: null, value: userId }] }
        : { op: 'add', path: 'members', value: [{ value: userId, display: `${userId}@idp.test` }] }
      : entra
        ? { op: 'Remove', path: 'members', value: [{ value: userId }] }
        : { op: 'remove', path: `members[value eq "${userId}"]` };
  return JSON.stringify({ schemas: [PATCH_OP_SCHEMA], Operations: [operation] });
}

/**
 * Member add and remove on a 10-member and a 100,000-member group under the bench's concurrency,
 * against the reference doing one INSERT … ON CONFLICT (or DELETE) per request; then group reads
 * (filter by displayName, a page of GET /Groups) while the 100,000-member group exists.
 */
export async function groupScenarios(ctx: BenchContext): Promise<GroupScenarioOutcome> {
  const org = await ctx.app.createOrg('Bench groups', true);
  const started = performance.now();
  const ids = await seedUsers(ctx.pool, org.organizationId, 'member-', BIG_GROUP + POOL);
  const seedUsersSeconds = (performance.now() - started) / 1000;
  const memberIds = ids.slice(0, BIG_GROUP);
  const pool = ids.slice(BIG_GROUP);
  ctx.log(`seeded ${ids.length} users in ${seedUsersSeconds.toFixed(1)} s`);

  const small = await createGroup(ctx, org, 'bench-small', memberIds.slice(0, SMALL_GROUP));
  for (let i = 0; i < OTHER_GROUPS; i++) await createGroup(ctx, org, `bench-team-${i}`, memberIds.slice(SMALL_GROUP * (i + 1), SMALL_GROUP * (i + 2)));
  const createBig = performance.now();
  const big = await createGroup(ctx, org, 'bench-big', memberIds);
  const createBigSeconds = (performance.now() - createBig) / 1000;
  ctx.log(`created a ${BIG_GROUP}-member group in one POST in ${createBigSeconds.toFixed(1)} s; draining the outbox`);
  const drainStarted = performance.now();
  await ctx.app.drain(DRAIN_TIMEOUT_MS);
  const drainSeconds = (performance.now() - drainStarted) / 1000;

  const app = { origin: ctx.app.origin, headers: scimHeaders(org) };
  const reference = await ReferenceServer.start(ctx.databaseUrl, org.organizationId, ctx.app.config.DB_POOL_MAX, await freePort());
  const results: ScenarioResult[] = [];
  try {
    const plans = (groupId: string, op: 'add' | 'remove', warmup: number, measured: number) => {
      const requests = (from: number, to: number) => pool.slice(from, to).map((userId, i): PlannedRequest => ({ method: 'PATCH', path: `/scim/v2/Groups/${groupId}`, body: memberPatch(op, userId, i) }));
      return { warmup: requests(0, warmup), measured: requests(WARMUP_POOL, WARMUP_POOL + measured), expectedStatus: [200, 204], cycle: false };
    };
    // Adds take each pool user once; the removes then take out exactly the users that were added.
    const addThenRemove = async (groupId: string, size: string, target: 'reference' | 'app') => {
      const origin = target === 'app' ? app : { origin: reference.origin, headers: { 'content-type': 'application/scim+json' } };
      await removeLeftovers(ctx, groupId, pool);
      const add = await measureThroughput(ctx, origin, plans(groupId, 'add', WARMUP_POOL, POOL - WARMUP_POOL));
      if (target === 'app') await assertMemberCount(ctx, groupId, (size === 'big' ? BIG_GROUP : SMALL_GROUP) + add.warmupRequests + add.requests);
      const remove = await measureThroughput(ctx, origin, plans(groupId, 'remove', add.warmupRequests, add.requests));
      return { add, remove };
    };
    const ref = await addThenRemove(small, 'small', 'reference');
    const smallRun = await addThenRemove(small, 'small', 'app');
    const bigRun = await addThenRemove(big, 'big', 'app');
    const row = (id: string, title: string, load: ScenarioResult['load'], referenceId?: string): ScenarioResult => ({ id, title, status: 'ok', load, referenceId });
    results.push(
      row('reference-groups-add-member', '  reference: PATCH /Groups add one member', ref.add),
      row('groups-add-member-10', 'PATCH /Groups add one member, 10-member group', smallRun.add, 'reference-groups-add-member'),
      row('groups-add-member-100k', 'PATCH /Groups add one member, 100k-member group', bigRun.add, 'reference-groups-add-member'),
      row('reference-groups-remove-member', '  reference: PATCH /Groups remove one member', ref.remove),
      row('groups-remove-member-10', 'PATCH /Groups remove one member, 10-member group', smallRun.remove, 'reference-groups-remove-member'),
      row('groups-remove-member-100k', 'PATCH /Groups remove one member, 100k-member group', bigRun.remove, 'reference-groups-remove-member'),
    );
    await ctx.app.drain(DRAIN_TIMEOUT_MS);

    const names = ['bench-big', 'bench-small', ...Array.from({ length: OTHER_GROUPS }, (_, i) => `bench-team-${i}`)];
    const byName = names.map((name): PlannedRequest => ({ method: 'GET', path: `/scim/v2/Groups?filter=${encodeURIComponent(`displayName eq "${name}"`)}` }));
    const same = { warmup: byName, measured: byName, expectedStatus: [200] };
    results.push(...(await compareWithReference(ctx, { reference, app }, { id: 'groups-filter-displayName', title: 'GET /Groups?filter=displayName eq "…"' }, { reference: same, app: same })));
    const page: PlannedRequest[] = [{ method: 'GET', path: '/scim/v2/Groups?startIndex=1&count=100' }];
    const pages = { warmup: page, measured: page, expectedStatus: [200] };
    results.push(...(await compareWithReference(ctx, { reference, app }, { id: 'groups-page', title: 'GET /Groups?startIndex=1&count=100 (Okta import)' }, { reference: pages, app: pages })));
  } finally {
    await reference.stop();
  }

  const figures = (a: ScenarioResult | undefined, b: ScenarioResult | undefined) => (a?.load && b?.load ? { rps: b.load.requestsPerSecond / a.load.requestsPerSecond, p50: b.load.p50Ms / a.load.p50Ms } : undefined);
  const find = (id: string) => results.find((r) => r.id === id);
  const addRatio = figures(find('groups-add-member-10'), find('groups-add-member-100k'));
  const removeRatio = figures(find('groups-remove-member-10'), find('groups-remove-member-100k'));
  results.push({
    id: 'groups-big-vs-small',
    title: 'Member PATCH, 100k-member group / 10-member group',
    status: 'ok',
    figures: {
      addThroughputBigToSmall: addRatio?.rps ?? Number.NaN,
      addP50BigToSmall: addRatio?.p50 ?? Number.NaN,
      removeThroughputBigToSmall: removeRatio?.rps ?? Number.NaN,
      removeP50BigToSmall: removeRatio?.p50 ?? Number.NaN,
      seedUsersSeconds,
      createBigGroupSeconds: createBigSeconds,
      drainAfterBigGroupSeconds: drainSeconds,
    },
  });
  return { results, groupOrg: { org, memberIds } };
}

/** One POST carrying every member, as a client that pushes a whole group does. */
export async function createGroup(ctx: BenchContext, org: BenchOrg, displayName: string, memberIds: string[], extra: Record<string, unknown> = {}): Promise<string> {
  const body = { schemas: [CORE_GROUP_SCHEMA], displayName, members: memberIds.map((value) => ({ value })), ...extra };
  const created = await scimCall(ctx, org, 'POST', '/scim/v2/Groups?excludedAttributes=members', body);
  if (created.status !== 201) throw new Error(`POST /Groups (${memberIds.length} members) answered ${created.status}: ${JSON.stringify(created.json).slice(0, 300)}`);
  return created.json.id!;
}

/**
 * BENCH ONLY: a timed remove run may stop before it has taken out every user the add run put in;
 * those leftovers would make the next run's adds no-ops. They are deleted straight in SQL.
 */
async function removeLeftovers(ctx: BenchContext, groupId: string, pool: string[]): Promise<void> {
  await ctx.pool.query('delete from scim_groups.group_member where group_id = $1 and user_id = any($2::uuid[])', [groupId, pool]);
}

/** A PATCH that answered but changed nothing would look fast: every add must have stored its member. */
async function assertMemberCount(ctx: BenchContext, groupId: string, expected: number): Promise<void> {
  const { rows } = await ctx.pool.query<{ n: string }>('select count(*) as n from scim_groups.group_member where group_id = $1', [groupId]);
  if (Number(rows[0].n) !== expected) throw new Error(`group ${groupId} has ${rows[0].n} members after the adds, expected ${expected}`);
}

export async function lastOutboxId(ctx: BenchContext): Promise<string> {
  const { rows } = await ctx.pool.query<{ id: string }>('select coalesce(max(id), 0)::text as id from platform.outbox_event');
  return rows[0].id;
}

export function skipped(id: string, title: string, note: string): ScenarioResult {
  return { id, title, status: 'skipped', note };
}
