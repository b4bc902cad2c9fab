import type { EntityManager } from '@mikro-orm/postgresql';

/** PostgreSQL channel on which every instance hears that an organization's SCIM credentials changed. */
export const SCIM_TOKEN_CHANGES_CHANNEL = 'tenancy_scim_token_changes';

/**
 * NOTIFY inside the caller's transaction: PostgreSQL delivers it on commit and drops it on
 * rollback, so no instance forgets a token that is still valid or keeps one that is not.
 */
export async function notifyScimTokensChanged(em: EntityManager, organizationId: string): Promise<void> {
  await em.execute(`select pg_notify(?, ?)`, [SCIM_TOKEN_CHANGES_CHANNEL, organizationId]);
}
