import rateLimit from '@fastify/rate-limit';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, RateLimitCounters } from '@app/platform';
import { AuthFailureLimits } from './auth-failure-limits';
import { OrgQuotaInterceptor } from './org-quota.interceptor';
import { postgresRateLimitStore } from './postgres-rate-limit.store';

/**
 * @fastify/rate-limit with its in-memory store (one instance) or the PostgreSQL store (counts shared
 * across instances, RATE_LIMIT_STORE=postgres). Limits apply only where installed below, never globally.
 */
export async function installRateLimits(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  const store = config.RATE_LIMIT_STORE === 'postgres' ? postgresRateLimitStore(app.get(RateLimitCounters)) : undefined;
  // A store that cannot count (the database is down) must not turn every request into an error.
  await fastify.register(rateLimit, { global: false, skipOnError: true, ...(store ? { store } : {}) });
  if (config.RATE_LIMIT_AUTH_FAILURES > 0) new AuthFailureLimits(fastify, config).install();
  if (config.RATE_LIMIT_ORG_REQUESTS > 0) {
    app.useGlobalInterceptors(new OrgQuotaInterceptor(fastify, config.RATE_LIMIT_ORG_REQUESTS, config.RATE_LIMIT_ORG_WINDOW_MS));
  }
}
