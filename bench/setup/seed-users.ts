import type { Pool } from 'pg';

/**
 * BENCH SEEDING ONLY: writes users straight into scim-users' table with one set-based statement,
 * bypassing the API (and so its events), because provisioning 100k users through HTTP would take
 * minutes and measure nothing the scenarios need. The rows look like what `POST /Users` stores.
 * Returns the ids in `n` order; userNames are `<prefix><n>@bench.test`, n = 1..count.
 */
export async function seedUsers(pool: Pool, organizationId: string, prefix: string, count: number): Promise<string[]> {
  const { rows } = await pool.query<{ id: string }>(
    `insert into scim_users.user_account
       (id, organization_id, user_name, display_name, active, scim_managed, resource, created_at, updated_at)
     select gen_random_uuid(), $1, u.user_name, 'Bench User ' || n, true, true,
            jsonb_build_object(
              'userName', u.user_name,
              'displayName', 'Bench User ' || n,
              'name', jsonb_build_object('givenName', 'Bench', 'familyName', 'User ' || n),
              'emails', jsonb_build_array(jsonb_build_object('value', u.user_name, 'type', 'work', 'primary', true)),
              'active', true),
            now(), now()
       from generate_series(1, $3::int) as n,
            lateral (select $2 || n || '@bench.test' as user_name) as u
      order by n
     returning id`,
    [organizationId, prefix, count],
  );
  await pool.query('analyze scim_users.user_account');
  return rows.map((r) => r.id);
}

export function benchUserName(prefix: string, n: number): string {
  return `${prefix}${n}@bench.test`;
}
