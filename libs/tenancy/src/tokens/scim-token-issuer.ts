import type { EntityManager } from '@mikro-orm/postgresql';
import { ScimToken } from './scim-token.entity';
import { issueTokenSecret } from './token-secret';

export interface IssuedScimToken {
  tokenId: string;
  scimToken: string;
  prefix: string;
  createdAt: Date;
}

/** Revokes the active token (if any) and issues a new one in the caller's transaction: the old one stops working at commit. */
export async function replaceActiveScimToken(em: EntityManager, organizationId: string): Promise<IssuedScimToken> {
  await revokeActiveScimToken(em, organizationId);
  const secret = issueTokenSecret();
  const token = em.create(ScimToken, { organizationId, tokenHash: secret.hash, prefix: secret.prefix });
  await em.flush();
  return { tokenId: token.id, scimToken: secret.token, prefix: secret.prefix, createdAt: token.createdAt };
}

export async function revokeActiveScimToken(em: EntityManager, organizationId: string): Promise<boolean> {
  const revoked = await em.nativeUpdate(ScimToken, { organizationId, revokedAt: null }, { revokedAt: new Date() });
  return revoked > 0;
}
