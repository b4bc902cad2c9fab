/**
 * The organization's effective memberships as SQL (one `?` for the organization id), derived from
 * the assignment rows on every read so precedence is applied in exactly one place:
 * - teams: a SCIM row not suppressed by an admin, or a manual row;
 * - exclusive types: per user, the row of the strongest source (scim > user_attribute > manual);
 * - users with no concurrency group row belong to the organization's default one.
 */
export const EFFECTIVE_MEMBERSHIP_SQL = `
  select a.user_id, a.entity_id, min(a.source) as source
    from org_entities.assignment a
   where a.organization_id = ?1 and a.entity_type = 'team'
     and (a.source <> 'scim' or not exists (
           select 1 from org_entities.team_suppression s where s.user_id = a.user_id and s.entity_id = a.entity_id))
   group by a.user_id, a.entity_id
  union all
  select top.user_id, top.entity_id, top.source from (
    select distinct on (a.user_id, a.entity_type) a.user_id, a.entity_id, a.source
      from org_entities.assignment a
     where a.organization_id = ?1 and a.entity_type <> 'team'
     order by a.user_id, a.entity_type, case a.source when 'scim' then 0 when 'user_attribute' then 1 else 2 end
  ) top
  union all
  select k.user_id, e.id, 'default' from org_entities.known_user k
    join org_entities.entity e on e.organization_id = k.organization_id and e.is_default
   where k.organization_id = ?1
     and not exists (select 1 from org_entities.assignment a where a.user_id = k.user_id and a.entity_type = 'concurrency_group')`;

/** Expands the `?1` placeholders into knex `?` bindings. */
export function effectiveMembership(organizationId: string): { sql: string; params: string[] } {
  const occurrences = EFFECTIVE_MEMBERSHIP_SQL.split('?1').length - 1;
  return { sql: EFFECTIVE_MEMBERSHIP_SQL.replaceAll('?1', '?'), params: Array(occurrences).fill(organizationId) };
}
