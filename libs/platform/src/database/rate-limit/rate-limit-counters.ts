import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '../transaction-runner';

export interface CounterHit {
  /** Hits in the current window, this one included. */
  current: number;
  /** Milliseconds until the window ends. */
  ttl: number;
}

const PRUNE_EVERY_MS = 60_000;

/**
 * One upsert per hit: a row per key holds the hits of its current fixed window, restarted when the
 * window has ended. Concurrent hits on one key serialize on its row, so no hit is lost across instances.
 */
@Injectable()
export class RateLimitCounters {
  private lastPruneAt = 0;

  constructor(private readonly db: TransactionRunner) {}

  async hit(key: string, windowMs: number): Promise<CounterHit> {
    const [row] = await this.db.query<{ hits: number; ttl_ms: string }>(
      `insert into platform.rate_limit_counter as c (key, hits, window_ends_at)
       values (?, 1, clock_timestamp() + make_interval(secs => ? / 1000.0))
       on conflict (key) do update set
         hits = case when c.window_ends_at <= clock_timestamp() then 1 else c.hits + 1 end,
         window_ends_at = case when c.window_ends_at <= clock_timestamp() then excluded.window_ends_at else c.window_ends_at end
       returning hits, ceil(extract(epoch from window_ends_at - clock_timestamp()) * 1000) as ttl_ms`,
      [key, windowMs],
    );
    this.pruneNowAndThen();
    return { current: row.hits, ttl: Math.max(0, Number(row.ttl_ms)) };
  }

  /** Ended windows are dead rows; whoever counts next clears them, at most once a minute per instance. */
  private pruneNowAndThen(): void {
    if (Date.now() - this.lastPruneAt < PRUNE_EVERY_MS) return;
    this.lastPruneAt = Date.now();
    void this.db.query('delete from platform.rate_limit_counter where window_ends_at < clock_timestamp()').catch(() => undefined);
  }
}
