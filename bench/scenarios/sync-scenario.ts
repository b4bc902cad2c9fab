import { AdminTokenIssuer } from '@app/tenancy';
import type { PlannedRequest } from '../load/load-job';
import { runLoad } from '../load/run-load';
import { PATCH_OP_SCHEMA, assertClean, BenchContext, ScenarioResult, scimCall, scimHeaders } from './scenario';
import { pingOneUser } from './user-scenarios';

const USERS = 10_000;
const GROUPS = 200;
const GROUPS_PER_USER = 6;
/** Members per PATCH: PingOne merges a group's new members in batches. */
const MEMBERS_PER_PATCH = 50;
const CONNECTIONS = 4;
const DRAIN_TIMEOUT_MS = 600_000;
const GROUP_SCHEMAS = ['urn:ietf:params:scim:schemas:core:2.0:Group', 'urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:Group'];
const ROLES = 'urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:Group';

/**
 * A first full sync from PingOne into an empty organization whose mapping rule auto-approves every
 * pushed group onto a Team: look-up then create for each of 10,000 users, 200 groups (every tenth
 * carrying LambdatestRoles), then 60,000 memberships by PATCH add, over 4 connections; the clock
 * stops when the outbox has drained, i.e. when roles and team assignments have converged.
 */
export async function syncScenario(ctx: BenchContext): Promise<ScenarioResult[]> {
  const org = await ctx.app.createOrg('Bench sync', true);
  const adminToken = ctx.app.app.get(AdminTokenIssuer).issue(org.organizationId);
  const rule = await fetch(`${ctx.app.origin}/api/v1/scim/mapping-rules`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Every group is a team', type: 'prefix', pattern: 'sync-', targetType: 'team', autoApprove: true }),
  });
  if (rule.status !== 201) throw new Error(`POST mapping-rules answered ${rule.status}: ${await rule.text()}`);
  const job = { origin: ctx.app.origin, headers: scimHeaders(org), concurrency: CONNECTIONS, durationMs: 600_000 };

  const started = performance.now();
  const users = Array.from({ length: USERS }, (_, i) => `sync-${i}@bench.test`).flatMap((userName, i): PlannedRequest[] => [
    { method: 'GET', path: `/scim/v2/Users?filter=${encodeURIComponent(`userName eq "${userName}"`)}` },
    { method: 'POST', path: '/scim/v2/Users', body: JSON.stringify(pingOneUser(userName, `Synced ${i}`)) },
  ]);
  assertClean(await runLoad({ ...job, requests: users, maxRequests: users.length, expectedStatus: [200, 201] }));
  const usersSeconds = (performance.now() - started) / 1000;

  const groupIds: string[] = new Array<string>(GROUPS);
  let nextGroup = 0;
  const createGroups = async () => {
    for (let g = nextGroup++; g < GROUPS; g = nextGroup++) {
      const body = { schemas: GROUP_SCHEMAS, displayName: `sync-${g}`, members: [], ...(g % 10 === 0 ? { [ROLES]: { LambdatestRoles: ['Admin'] } } : {}) };
      const created = await scimCall(ctx, org, 'POST', '/scim/v2/Groups', body);
      if (created.status !== 201) throw new Error(`POST /Groups answered ${created.status}: ${JSON.stringify(created.json).slice(0, 300)}`);
      groupIds[g] = created.json.id as string;
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, createGroups));

  const { rows } = await ctx.pool.query<{ id: string; user_name: string }>('select id, user_name from scim_users.user_account where organization_id = $1', [org.organizationId]);
  const idOf = new Map(rows.map((r) => [r.user_name, r.id]));
  const membersOf = Array.from({ length: GROUPS }, () => [] as string[]);
  for (let u = 0; u < USERS; u++) {
    for (let k = 0; k < GROUPS_PER_USER; k++) membersOf[(u * GROUPS_PER_USER + k) % GROUPS].push(idOf.get(`sync-${u}@bench.test`)!);
  }
  const patches = membersOf.flatMap((members, g) =>
    Array.from({ length: Math.ceil(members.length / MEMBERS_PER_PATCH) }, (_, c): PlannedRequest => ({
      method: 'PATCH',
      path: `/scim/v2/Groups/${groupIds[g]}`,
      body: JSON.stringify({ schemas: [PATCH_OP_SCHEMA], Operations: [{ op: 'add', path: 'members', value: members.slice(c * MEMBERS_PER_PATCH, (c + 1) * MEMBERS_PER_PATCH).map((value) => ({ value })) }] }),
    })),
  );
  assertClean(await runLoad({ ...job, requests: patches, maxRequests: patches.length, expectedStatus: [200, 204] }));
  const pushedSeconds = (performance.now() - started) / 1000;
  await ctx.app.drain(DRAIN_TIMEOUT_MS);
  const totalSeconds = (performance.now() - started) / 1000;

  const counts = await ctx.pool.query<{ memberships: string; assignments: string }>(
    `select (select count(*) from scim_groups.group_member where organization_id = $1) as memberships,
            (select count(*) from org_entities.assignment where organization_id = $1 and source = 'scim') as assignments`,
    [org.organizationId],
  );
  const memberships = Number(counts.rows[0].memberships);
  const assignments = Number(counts.rows[0].assignments);
  const expected = USERS * GROUPS_PER_USER;
  return [
    {
      id: 'idp-full-sync',
      title: `Full PingOne sync: ${USERS} users, ${GROUPS} groups, ${expected} memberships, ${CONNECTIONS} connections`,
      status: 'ok',
      figures: { usersSeconds, pushedSeconds, totalSeconds, memberships, assignments, requests: users.length + GROUPS + patches.length },
      note: memberships !== expected || assignments !== expected ? `expected ${expected} memberships and team assignments, got ${memberships} and ${assignments}` : undefined,
    },
  ];
}
