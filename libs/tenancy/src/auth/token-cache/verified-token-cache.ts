import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/platform';

export interface VerifiedToken {
  tokenId: string;
  organizationId: string;
  /** Epoch ms; null for a token without an end. */
  expiresAt: number | null;
  organizationDisabled: boolean;
}

interface Entry extends VerifiedToken {
  cachedAt: number;
}

/**
 * Verified SCIM tokens by hash, so a SCIM request is one database round trip, not two.
 * Correctness rests on invalidation (LISTEN/NOTIFY, see ScimTokenChangesListener): the cache is
 * only used while that listener is connected, and the TTL is a safety net, not the mechanism.
 * Bounded: the oldest entry goes when full (Map keeps insertion order).
 */
@Injectable()
export class VerifiedTokenCache {
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private live = false;
  /** Bumped by every invalidation: a look-up that started before one must not store its answer. */
  private generation = 0;

  constructor(config: AppConfig) {
    this.ttlMs = config.SCIM_TOKEN_CACHE_TTL_SECONDS * 1000;
    this.maxEntries = config.SCIM_TOKEN_CACHE_SIZE;
  }

  get currentGeneration(): number {
    return this.generation;
  }

  get size(): number {
    return this.entries.size;
  }

  get(hash: string, now = Date.now()): VerifiedToken | undefined {
    if (!this.live) return undefined;
    const entry = this.entries.get(hash);
    if (!entry) return undefined;
    if (now - entry.cachedAt > this.ttlMs || (entry.expiresAt !== null && entry.expiresAt <= now)) {
      this.entries.delete(hash);
      return undefined;
    }
    return entry;
  }

  /** Stores a look-up's answer unless an invalidation happened since it started (`generation`). */
  set(hash: string, token: VerifiedToken, generation: number, now = Date.now()): void {
    if (!this.live || generation !== this.generation || this.maxEntries === 0) return;
    this.entries.delete(hash);
    while (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(hash, { ...token, cachedAt: now });
  }

  forgetOrganization(organizationId: string): void {
    this.generation++;
    for (const [hash, entry] of this.entries) if (entry.organizationId === organizationId) this.entries.delete(hash);
  }

  /** The listener is connected: notifications will reach us from now on. */
  enable(): void {
    this.forgetAll();
    this.live = true;
  }

  /** The listener lost its connection: a missed notification could leave a revoked token here. */
  disable(): void {
    this.live = false;
    this.forgetAll();
  }

  private forgetAll(): void {
    this.generation++;
    this.entries.clear();
  }
}
