import type { EntityManager } from '@mikro-orm/postgresql';
import { executeBound, pgArray } from '@app/platform';
import type { EffectiveRoleChange } from '../events/effective-role-changed.event';
import { effectiveRoleSql, Role } from './role';

export type RoleInput = 'idp_role' | 'manual_role';

/**
 * Records one input of a user's role (the IdP's OrganizationRole or the admin's choice). The row
 * may not exist yet: events of different aggregates can arrive in any order.
 */
export async function writeRoleInput(em: EntityManager, organizationId: string, userId: string, input: RoleInput, role: Role | null): Promise<void> {
  await executeBound(
    em,
    `insert into roles.user_role as r (user_id, organization_id, ${input}) values (?, ?, ?)
     on conflict (user_id) do update set ${input} = excluded.${input}, updated_at = now()
      where r.organization_id = excluded.organization_id`,
    [userId, organizationId, role],
  );
}

/**
 * Creates the missing rows and locks them all, in id order (no deadlock between two recomputes).
 * Taken BEFORE the group roles are read: a concurrent recompute of the same users (an admin's
 * manual role while the relay delivers a group change) then waits and reads groups after this one
 * committed, so the last writer always wrote from the latest group state.
 */
export async function lockUserRoles(em: EntityManager, organizationId: string, userIds: readonly string[]): Promise<void> {
  if (userIds.length === 0) return;
  const ids = pgArray(userIds);
  await executeBound(
    em,
    `insert into roles.user_role (user_id, organization_id)
     select id, ?::uuid from unnest(?::uuid[]) as id order by id
     on conflict (user_id) do nothing`,
    [organizationId, ids],
  );
  await executeBound(em, `select count(*) from (select 1 from roles.user_role where user_id = any(?::uuid[]) order by user_id for update) locked`, [ids]);
}

export interface GroupRoleOfUser {
  userId: string;
  groupRole: Role | null;
}

/**
 * Rewrites the derived columns of many locked users in one statement and answers whose effective
 * role changed. Unchanged rows are not written, so recomputing twice is a no-op the second time.
 * `old` is the same table read with the statement's snapshot, i.e. the values being replaced (the
 * rows are locked by lockUserRoles, so nobody else changed them in between).
 * A user without group role travels as '' because pgArray quotes every element (a quoted NULL is a string).
 */
export async function rewriteEffectiveRoles(em: EntityManager, organizationId: string, users: readonly GroupRoleOfUser[]): Promise<EffectiveRoleChange[]> {
  if (users.length === 0) return [];
  const newEffective = effectiveRoleSql('i.group_role', 'r.idp_role', 'r.manual_role');
  return executeBound<EffectiveRoleChange>(
    em,
    `with written as (
       update roles.user_role r
          set group_role = i.group_role, effective_role = ${newEffective}, updated_at = now()
         from (select u.user_id, nullif(u.group_role, '') as group_role from unnest(?::uuid[], ?::text[]) as u(user_id, group_role)) i,
              roles.user_role old
        where r.user_id = i.user_id and old.user_id = i.user_id and r.organization_id = ?
          and (r.group_role is distinct from i.group_role or r.effective_role is distinct from ${newEffective})
       returning r.user_id, old.effective_role as previous_role, r.effective_role as role
     )
     select user_id as "userId", previous_role as "previousRole", role from written
      where role is distinct from previous_role
      order by user_id`,
    [pgArray(users.map((u) => u.userId)), pgArray(users.map((u) => u.groupRole ?? '')), organizationId],
  );
}
