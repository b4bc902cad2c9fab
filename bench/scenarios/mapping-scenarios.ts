import { AdminTokenIssuer } from '@app/tenancy';
import { createGroup, GroupOrg, skipped } from './group-scenarios';
import { BenchContext, ScenarioResult, ScimJson } from './scenario';

const MEMBERS = 50_000;
const DRAIN_TIMEOUT_MS = 300_000;

/**
 * Approving a Pending mapping of a 50,000-member group onto a new Team: from the approve call
 * until the outbox has drained, i.e. until every member's SCIM-derived assignment is written.
 */
export async function mappingScenarios(ctx: BenchContext, groupOrg: GroupOrg | undefined): Promise<ScenarioResult[]> {
  const id = 'mapping-approve-50k';
  const title = 'Mappings: approve a 50k-member group onto a new Team, until drained';
  if (!groupOrg) return [skipped(id, title, 'needs the groups API (see the group scenario)')];
  const { org, memberIds } = groupOrg;
  const adminToken = ctx.app.app.get(AdminTokenIssuer).issue(org.organizationId);
  const admin = async (path: string, body: unknown) => {
    const response = await fetch(`${ctx.app.origin}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const json = (await response.json().catch(() => undefined)) as ScimJson | undefined;
    if (response.status >= 300) throw new Error(`POST ${path} answered ${response.status}: ${JSON.stringify(json).slice(0, 300)}`);
    return json!;
  };

  const groupId = await createGroup(ctx, org, 'bench-mapping', memberIds.slice(0, MEMBERS));
  await ctx.app.drain(DRAIN_TIMEOUT_MS);
  const mapping = await admin(`/api/v1/scim/groups/${groupId}/mappings`, { targetType: 'team' });
  await ctx.app.drain(DRAIN_TIMEOUT_MS);

  const started = performance.now();
  const approved = await admin(`/api/v1/scim/mappings/${mapping.id}/approve`, { createEntityName: 'Bench team' });
  const approveMs = performance.now() - started;
  await ctx.app.drain(DRAIN_TIMEOUT_MS);
  const totalSeconds = (performance.now() - started) / 1000;

  const { rows } = await ctx.pool.query<{ n: string }>(
    `select count(*) as n from org_entities.assignment where entity_id = $1 and source = 'scim'`,
    [approved.entityId],
  );
  const assigned = Number(rows[0].n);
  return [
    {
      id,
      title,
      status: 'ok',
      figures: { members: MEMBERS, approveMs, totalSeconds, usersAssigned: assigned, usersPerSecond: assigned / totalSeconds },
      note: assigned < MEMBERS ? `only ${assigned} of ${MEMBERS} members were assigned to the team` : undefined,
    },
  ];
}
