import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { TransactionRunner } from '@app/platform';
import { hashesMatch, hashToken } from '../tokens/token-secret';
import type { ScimPrincipal } from './principals';

/** lastUsedAt is written at most once a minute per token: a write per request would double the SCIM hot path's cost. */
const LAST_USED_RESOLUTION_MS = 60_000;

@Injectable()
export class ScimTokenVerifier implements OnModuleDestroy {
  private readonly pendingWrites = new Set<Promise<unknown>>();

  constructor(private readonly db: TransactionRunner) {}

  /** The last-used writes are not awaited by requests; the pool must not close under them. */
  async onModuleDestroy(): Promise<void> {
    await Promise.allSettled([...this.pendingWrites]);
  }

  async verify(token: string): Promise<ScimPrincipal | undefined> {
    const hash = hashToken(token);
    const [row] = await this.db.query<{ id: string; organization_id: string; token_hash: string; stale: boolean }>(
      `select id, organization_id, token_hash,
              coalesce(last_used_at < now() - make_interval(secs => ${LAST_USED_RESOLUTION_MS / 1000}), true) as stale
         from tenancy.scim_token
        where token_hash = ? and revoked_at is null and (expires_at is null or expires_at > now())`,
      [hash],
    );
    if (!row || !hashesMatch(row.token_hash, hash)) return undefined;
    if (row.stale) {
      const write = this.db.query('update tenancy.scim_token set last_used_at = now() where id = ?', [row.id]).catch(() => undefined);
      this.pendingWrites.add(write);
      void write.finally(() => this.pendingWrites.delete(write));
    }
    return { kind: 'scim', organizationId: row.organization_id, tokenId: row.id };
  }
}
