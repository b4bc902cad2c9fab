import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '@app/platform';
import type { EffectiveRoleChange } from '../events/effective-role-changed.event';
import { effectiveRoleSql, Role } from './role';

export type RoleInput = 'idp_role' | 'manual_role';

/**
 * Records one input of a user's role (the IdP's OrganizationRole or the admin's choice). The row
 * may not exist yet: events of different aggregates can arrive in any order.
 */
export async function writeRoleInput(em: EntityManager, organizationId: string, userId: string, input: RoleInput, role: Role | null): Promise<void> {
  await em.execute(
    `insert into roles.user_role as r (user_id, organization_id, ${input}) values (?, ?, ?)
     on conflict (user_id) do update set ${input} = excluded.${input}, updated_at = now()
      where r.organization_id = excluded.organization_id`,
    [userId, organizationId, role],
  );
}

export interface GroupRoleOfUser {
  userId: string;
  groupRole: Role | null;
}

/**
 * Rewrites the derived columns of many users and answers who changed. Rows whose role did not
 * change are not written at all, so recomputing twice is a no-op the second time.
 *
 * The rows are locked by a first statement: the second one then starts with a snapshot no concurrent
 * writer can change under it, so `previous` holds exactly the values the upsert replaces. (Locking
 * inside the same statement would not do: a row the upsert already touched is skipped by FOR UPDATE.)
 * A user without group role travels as '' because pgArray quotes every element (a quoted NULL is a string).
 */
export async function rewriteEffectiveRoles(em: EntityManager, organizationId: string, users: readonly GroupRoleOfUser[]): Promise<EffectiveRoleChange[]> {
  if (users.length === 0) return [];
  const userIds = pgArray(users.map((u) => u.userId));
  await em.execute(`select count(*) from (select 1 from roles.user_role where user_id = any(?::uuid[]) order by user_id for update) locked`, [userIds]);
  const newEffective = effectiveRoleSql('excluded.group_role', 'r.idp_role', 'r.manual_role');
  return em.execute<EffectiveRoleChange[]>(
    `with input as (
       select i.user_id, nullif(i.group_role, '') as group_role from unnest(?::uuid[], ?::text[]) as i(user_id, group_role)
     ), previous as (
       select r.user_id, r.effective_role from roles.user_role r join input i on i.user_id = r.user_id
     ), written as (
       insert into roles.user_role as r (user_id, organization_id, group_role, effective_role, updated_at)
       select i.user_id, ?, i.group_role, ${effectiveRoleSql('i.group_role', 'null', 'null')}, now() from input i
       on conflict (user_id) do update set group_role = excluded.group_role, effective_role = ${newEffective}, updated_at = now()
        where r.organization_id = excluded.organization_id
          and (r.group_role is distinct from excluded.group_role or r.effective_role is distinct from ${newEffective})
       returning r.user_id, r.effective_role
     )
     select w.user_id as "userId", p.effective_role as "previousRole", w.effective_role as "role"
       from written w left join previous p on p.user_id = w.user_id
      where w.effective_role is distinct from p.effective_role
      order by w.user_id`,
    [userIds, pgArray(users.map((u) => u.groupRole ?? '')), organizationId],
  );
}
