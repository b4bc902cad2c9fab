import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { RateLimitCounters } from '@app/platform';

type IncrCallback = Parameters<FastifyRateLimitStore['incr']>[1];

const DEFAULT_WINDOW_MS = 60_000;

/** @fastify/rate-limit's custom store contract over the platform's PostgreSQL counters: counts shared by every instance. */
export function postgresRateLimitStore(counters: RateLimitCounters): FastifyRateLimitStoreCtor {
  return class PostgresRateLimitStore implements FastifyRateLimitStore {
    private readonly timeWindow: number;

    constructor(options: { timeWindow?: unknown }) {
      this.timeWindow = typeof options.timeWindow === 'number' ? options.timeWindow : DEFAULT_WINDOW_MS;
    }

    /** The plugin passes the window of the limiter asking; the constructor's is the plugin-wide default. */
    incr(key: string, callback: IncrCallback, timeWindow?: number): void {
      counters.hit(key, timeWindow ?? this.timeWindow).then(
        (hit) => callback(null, hit),
        (error: Error) => callback(error),
      );
    }

    child(routeOptions: object): FastifyRateLimitStore {
      return new PostgresRateLimitStore({ timeWindow: this.timeWindow, ...routeOptions });
    }
  };
}
