import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { TransactionRunner } from '@app/platform';
import { ScimError } from '@app/scim-protocol';
import { hashesMatch, hashToken } from '../tokens/token-secret';
import type { ScimPrincipal } from './principals';
import { VerifiedToken, VerifiedTokenCache } from './token-cache/verified-token-cache';

/** lastUsedAt is written at most once a minute per token and process: a write per request would double the SCIM hot path's cost. */
const LAST_USED_RESOLUTION_MS = 60_000;

interface TokenRow {
  id: string;
  organization_id: string;
  token_hash: string;
  expires_at: Date | null;
  last_used_at: Date | null;
  disabled: boolean;
}

/** Turns a SCIM bearer token into the organization it belongs to, or a SCIM 401/403. */
@Injectable()
export class ScimTokenVerifier implements OnModuleDestroy {
  private readonly pendingWrites = new Set<Promise<unknown>>();
  private readonly lastUsedWritten = new Map<string, number>();

  constructor(
    private readonly db: TransactionRunner,
    private readonly cache: VerifiedTokenCache,
  ) {}

  /** The last-used writes are not awaited by requests; the pool must not close under them. */
  async onModuleDestroy(): Promise<void> {
    await Promise.allSettled([...this.pendingWrites]);
  }

  async authenticate(token: string): Promise<ScimPrincipal> {
    const verified = await this.verify(token);
    if (!verified) throw ScimError.unauthorized('The bearer token is unknown, revoked or expired');
    if (verified.organizationDisabled) {
      throw ScimError.forbidden('This organization is disabled: provisioning is refused until the platform enables it again');
    }
    this.touch(verified.tokenId, Date.now());
    return { kind: 'scim', organizationId: verified.organizationId, tokenId: verified.tokenId };
  }

  private async verify(token: string): Promise<VerifiedToken | undefined> {
    const hash = hashToken(token);
    const cached = this.cache.get(hash);
    if (cached) return cached;
    const generation = this.cache.currentGeneration;
    const [row] = await this.db.query<TokenRow>(
      `select t.id, t.organization_id, t.token_hash, t.expires_at, t.last_used_at, o.disabled_at is not null as disabled
         from tenancy.scim_token t join tenancy.organization o on o.id = t.organization_id
        where t.token_hash = ? and t.revoked_at is null and (t.expires_at is null or t.expires_at > now())`,
      [hash],
    );
    if (!row || !hashesMatch(row.token_hash, hash)) return undefined;
    if (row.last_used_at && !this.lastUsedWritten.has(row.id)) this.lastUsedWritten.set(row.id, new Date(row.last_used_at).getTime());
    const verified: VerifiedToken = {
      tokenId: row.id,
      organizationId: row.organization_id,
      expiresAt: row.expires_at ? new Date(row.expires_at).getTime() : null,
      organizationDisabled: row.disabled,
    };
    this.cache.set(hash, verified, generation);
    return verified;
  }

  private touch(tokenId: string, now: number): void {
    const last = this.lastUsedWritten.get(tokenId);
    if (last !== undefined && now - last < LAST_USED_RESOLUTION_MS) return;
    this.lastUsedWritten.set(tokenId, now);
    if (this.lastUsedWritten.size > 50_000) this.lastUsedWritten.delete(this.lastUsedWritten.keys().next().value as string);
    const write = this.db
      .query(`update tenancy.scim_token set last_used_at = now() where id = ? and (last_used_at is null or last_used_at < now() - make_interval(secs => ?))`, [tokenId, LAST_USED_RESOLUTION_MS / 1000])
      .catch(() => undefined);
    this.pendingWrites.add(write);
    void write.finally(() => this.pendingWrites.delete(write));
  }
}
