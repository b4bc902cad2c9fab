import { createGroup, GroupOrg, lastOutboxId, skipped } from './group-scenarios';
import { BenchContext, PATCH_OP_SCHEMA, ScenarioResult, scimCall } from './scenario';

const ROLES_PATH = 'urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:Group:LambdatestRoles';
const EFFECTIVE_ROLE_CHANGED = 'roles.effective-role-changed.v1';
const MEMBERS = 50_000;
const DRAIN_TIMEOUT_MS = 300_000;

/**
 * Giving a 50,000-member group the Admin role: from the PATCH until the outbox has drained, i.e.
 * until every member's effective role is recomputed and its EffectiveRoleChanged event delivered.
 */
export async function roleScenarios(ctx: BenchContext, groupOrg: GroupOrg | undefined): Promise<ScenarioResult[]> {
  const id = 'roles-recompute-50k';
  const title = 'Roles: PATCH LambdatestRoles on a 50k-member group, until drained';
  if (!groupOrg) return [skipped(id, title, 'needs the groups API (see the group scenario)')];
  const { org, memberIds } = groupOrg;

  const groupId = await createGroup(ctx, org, 'bench-roles', memberIds.slice(0, MEMBERS));
  await ctx.app.drain(DRAIN_TIMEOUT_MS);
  const before = await lastOutboxId(ctx);

  const started = performance.now();
  const patch = await scimCall(ctx, org, 'PATCH', `/scim/v2/Groups/${groupId}?excludedAttributes=members`, {
    schemas: [PATCH_OP_SCHEMA],
    Operations: [{ op: 'replace', path: ROLES_PATH, value: ['Admin'] }],
  });
  const patchMs = performance.now() - started;
  if (patch.status !== 200 && patch.status !== 204) throw new Error(`PATCH LambdatestRoles answered ${patch.status}: ${JSON.stringify(patch.json).slice(0, 300)}`);
  await ctx.app.drain(DRAIN_TIMEOUT_MS);
  const totalSeconds = (performance.now() - started) / 1000;

  const { events, promoted } = await roleChangesSince(ctx, before);
  if (events === 0) {
    return [skipped(id, title, `the drain produced no ${EFFECTIVE_ROLE_CHANGED} event: the roles module is not registered yet`)];
  }
  return [
    {
      id,
      title,
      status: 'ok',
      figures: { members: MEMBERS, patchMs, totalSeconds, effectiveRoleChangedEvents: events, usersPromoted: promoted, usersPerSecond: promoted / totalSeconds },
      note: promoted < MEMBERS ? `only ${promoted} of ${MEMBERS} members became Admin in the ${EFFECTIVE_ROLE_CHANGED} events` : undefined,
    },
  ];
}

/** The roles module batches its changes: one event carries `changes: [{userId, previousRole, role}]` for many users. */
async function roleChangesSince(ctx: BenchContext, afterId: string): Promise<{ events: number; promoted: number }> {
  const { rows } = await ctx.pool.query<{ events: string; promoted: string }>(
    `select count(distinct e.id) as events, count(c.value) filter (where c.value ->> 'role' = 'Admin') as promoted
       from platform.outbox_event e
       left join lateral jsonb_array_elements(case when jsonb_typeof(e.payload -> 'changes') = 'array' then e.payload -> 'changes' else '[]'::jsonb end) as c(value) on true
      where e.id > $1 and e.type = $2`,
    [afterId, EFFECTIVE_ROLE_CHANGED],
  );
  return { events: Number(rows[0].events), promoted: Number(rows[0].promoted) };
}
