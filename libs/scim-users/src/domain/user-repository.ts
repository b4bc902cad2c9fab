import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { executeBound, isUuid, PreconditionFailedError } from '@app/platform';
import { UserAccount } from './user-account.entity';
import { UserNotFoundError } from './user-errors';



/**
 * Loads the organization's user for update (row-locked). Another organization's id answers exactly
 * like an id that does not exist.
 */
export async function loadUserForUpdate(em: EntityManager, organizationId: string, userId: string, expectedVersion?: number): Promise<UserAccount> {
  const user = isUuid(userId) ? await em.findOne(UserAccount, { id: userId, organizationId }, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
  if (!user) throw new UserNotFoundError(userId);
  if (expectedVersion !== undefined && expectedVersion !== user.version) {
    throw new PreconditionFailedError(`User ${userId} is at version ${user.version}, not ${expectedVersion}`);
  }
  return user;
}

export async function findUserByUserName(em: EntityManager, userName: string): Promise<UserAccount | null> {
  const [row] = await executeBound<{ id: string }>(em, 'select id from scim_users.user_account where lower(user_name) = lower(?) for update', [userName]);
  return row ? em.findOneOrFail(UserAccount, { id: row.id }) : null;
}
