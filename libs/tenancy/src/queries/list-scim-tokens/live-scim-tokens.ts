import type { TransactionRunner } from '@app/platform';
import type { ScimTokenMetadata } from './list-scim-tokens.query';

interface Row {
  id: string;
  prefix: string;
  created_at: Date;
  last_used_at: Date | null;
  expires_at: Date | null;
  total: string;
}

/** Live = not revoked and not past its expiry; newest first, so the first one is the current token. */
export async function liveScimTokens(db: TransactionRunner, organizationId: string, limit: number, offset = 0): Promise<{ items: ScimTokenMetadata[]; total: number }> {
  const rows = await db.query<Row>(
    `select id, prefix, created_at, last_used_at, expires_at, count(*) over () as total
       from tenancy.scim_token
      where organization_id = ? and revoked_at is null and (expires_at is null or expires_at > now())
      order by created_at desc, id desc limit ? offset ?`,
    [organizationId, limit, offset],
  );
  return {
    total: rows.length > 0 ? Number(rows[0].total) : 0,
    items: rows.map((row) => ({
      id: row.id,
      prefix: row.prefix,
      createdAt: new Date(row.created_at),
      lastUsedAt: row.last_used_at ? new Date(row.last_used_at) : null,
      expiresAt: row.expires_at ? new Date(row.expires_at) : null,
    })),
  };
}
