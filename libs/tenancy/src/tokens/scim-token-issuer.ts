import type { EntityManager } from '@mikro-orm/postgresql';
import { ScimToken } from './scim-token.entity';
import { notifyScimTokensChanged } from './scim-token-changes';
import { issueTokenSecret } from './token-secret';

export interface IssuedScimToken {
  tokenId: string;
  scimToken: string;
  prefix: string;
  createdAt: Date;
  /** When the token it replaced stops working; null when it stopped at once (no overlap asked). */
  previousTokenExpiresAt: Date | null;
}

const LIVE = `revoked_at is null and (expires_at is null or expires_at > now())`;

/**
 * Issues a new token in the caller's transaction, which must hold the organization's row lock.
 * Without a grace period every live token is revoked; with one, only the newest live token stays
 * (until the grace ends), so at most two tokens are ever live. Every instance forgets its cached
 * tokens of the organization when the transaction commits.
 */
export async function issueScimToken(em: EntityManager, organizationId: string, graceSeconds: number | null): Promise<IssuedScimToken> {
  let previousTokenExpiresAt: Date | null = null;
  if (graceSeconds === null) {
    await revokeScimTokens(em, organizationId);
  } else {
    const [newest] = await em.execute<{ id: string }[]>(
      `select id from tenancy.scim_token where organization_id = ? and ${LIVE} order by created_at desc, id desc limit 1`,
      [organizationId],
    );
    await em.execute(`update tenancy.scim_token set revoked_at = now() where organization_id = ? and revoked_at is null and id is distinct from ?`, [
      organizationId,
      newest?.id ?? null,
    ]);
    if (newest) {
      const [kept] = await em.execute<{ expires_at: Date }[]>(
        `update tenancy.scim_token set expires_at = least(coalesce(expires_at, 'infinity'), now() + make_interval(secs => ?))
          where id = ? returning expires_at`,
        [graceSeconds, newest.id],
      );
      previousTokenExpiresAt = new Date(kept.expires_at);
    }
  }
  const secret = issueTokenSecret();
  const token = em.create(ScimToken, { organizationId, tokenHash: secret.hash, prefix: secret.prefix });
  await em.flush();
  await notifyScimTokensChanged(em, organizationId);
  return { tokenId: token.id, scimToken: secret.token, prefix: secret.prefix, createdAt: token.createdAt, previousTokenExpiresAt };
}

/** Revokes one token, or every live token of the organization; answers how many stopped working. */
export async function revokeScimTokens(em: EntityManager, organizationId: string, tokenId?: string): Promise<number> {
  const rows = await em.execute<{ id: string }[]>(
    `update tenancy.scim_token set revoked_at = now()
      where organization_id = ? and revoked_at is null ${tokenId ? 'and id = ?' : ''} returning id`,
    tokenId ? [organizationId, tokenId] : [organizationId],
  );
  if (rows.length > 0) await notifyScimTokensChanged(em, organizationId);
  return rows.length;
}
