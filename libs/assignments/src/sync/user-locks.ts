import type { EntityManager } from '@mikro-orm/postgresql';
import { executeBound, pgArray } from '@app/platform';

/** Above this, one org-wide lock instead of a lock per user (advisory locks use shared lock-table slots). */
const PER_USER_LOCK_LIMIT = 200;

/**
 * Serializes recomputations that touch the same user until the calling transaction ends, so two
 * IdP pushes racing for one user cannot interleave their reads and writes. Small batches take the
 * org lock shared plus a lock per user (in key order: no deadlock); a big batch (reconcile) takes
 * the org lock exclusively, which waits for and holds off every small batch of that org.
 */
export async function lockUsersForRecompute(em: EntityManager, organizationId: string, userIds: readonly string[]): Promise<void> {
  const orgKey = `mapping-rules.recompute:${organizationId}`;
  if (userIds.length > PER_USER_LOCK_LIMIT) {
    await executeBound(em, `select pg_advisory_xact_lock(hashtext(?))`, [orgKey]);
    return;
  }
  await executeBound(em, `select pg_advisory_xact_lock_shared(hashtext(?))`, [orgKey]);
  // Volatile functions in the select list run after the sort: the locks are taken in key order.
  await executeBound(
    em,
    `select pg_advisory_xact_lock(hashtext('mapping-rules.user'), k) from (select distinct hashtext(u::text) as k from unnest(?::uuid[]) as u) keys order by k`,
    [pgArray([...userIds])],
  );
}
