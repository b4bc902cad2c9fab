import type { EntityManager } from '@mikro-orm/postgresql';
import { DurableEventBase, outboxEventValues, outboxInsertCte, preparedSql, runSql } from '@app/platform';
import { UserAccount } from './user-account.entity';
import { recordFromRow, USER_RECORD_COLUMNS, UserRow } from '../read-model/user-record';

const COLUMNS = 'external_id, display_name, active, organization_role, lambdatest_group, resource, version, updated_at';

/**
 * A new account and its events in ONE autocommit statement (no BEGIN/COMMIT round trips). A
 * userName that exists anywhere (any case) inserts nothing, and the caller takes the general path,
 * which knows adoption, 409 and another organization's user.
 */
const INSERT_USER = preparedSql(`
  with u as (
    insert into scim_users.user_account (id, organization_id, user_name, scim_managed, created_at, ${COLUMNS})
    values ($1, $2, $3, true, $4, $5, $6, $7, $8, $9, $10, $11, $4)
    on conflict do nothing returning 1
  ), ev as (${outboxInsertCte(12, 'u')})
  select count(*)::int as n from u`);

/**
 * An update and its events in ONE autocommit statement, applied only if the row is still at the
 * version it was read at (optimistic: no row lock across round trips). Nothing written means a
 * concurrent write won; the caller then takes the general, locking path.
 */
const UPDATE_USER = preparedSql(`
  with u as (
    update scim_users.user_account
       set external_id = $4, display_name = $5, active = $6, organization_role = $7, lambdatest_group = $8, resource = $9, version = $10, updated_at = $11
     where id = $1 and organization_id = $2 and version = $3
    returning 1
  ), ev as (${outboxInsertCte(12, 'u')})
  select count(*)::int as n from u`);

const READ_USER = preparedSql(`select ${USER_RECORD_COLUMNS} from scim_users.user_account u where u.id = $1 and u.organization_id = $2`);

function stateOf(user: UserAccount): unknown[] {
  return [user.externalId ?? null, user.displayName ?? null, user.active, user.organizationRole ?? null, user.lambdatestGroup ?? null, JSON.stringify(user.resource), user.version];
}

export async function insertUser(em: EntityManager, user: UserAccount, events: readonly DurableEventBase[]): Promise<boolean> {
  const [row] = await runSql<{ n: number }>(em, INSERT_USER, [user.id, user.organizationId, user.userName, user.createdAt, ...stateOf(user), ...outboxEventValues(events)]);
  return row.n === 1;
}

export async function updateUserAtVersion(em: EntityManager, user: UserAccount, readVersion: number, events: readonly DurableEventBase[]): Promise<boolean> {
  const [row] = await runSql<{ n: number }>(em, UPDATE_USER, [user.id, user.organizationId, readVersion, ...stateOf(user), user.updatedAt, ...outboxEventValues(events)]);
  return row.n === 1;
}

export async function readUserRow(em: EntityManager, organizationId: string, userId: string): Promise<UserRow | undefined> {
  const [row] = await runSql<UserRow>(em, READ_USER, [userId, organizationId]);
  return row;
}

/** A detached account (not in any unit of work) holding a row's state, for the domain functions. */
export function accountOf(row: UserRow): UserAccount {
  return Object.assign(new UserAccount(), recordFromRow(row));
}
