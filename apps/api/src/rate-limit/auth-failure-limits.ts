import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '@app/platform';
import { retryLaterResponse, RetryLaterError } from '../http/retry-later';
import { bearerToken, digest, tokenPrefix } from './bearer-token';
import { ExpiringKeys } from './expiring-keys';

/** An IdP may sync only every 40 minutes: a token that worked once today stays exempt from address blocks. */
const KNOWN_GOOD_FOR_MS = 24 * 3600_000;
const MAX_TRACKED_KEYS = 10_000;

type Limiter = ReturnType<FastifyInstance['createRateLimit']>;

/**
 * Throttles authentication failures per client address and per token prefix. Failures (401s) are
 * counted in the shared store as the response goes out; once a key has had RATE_LIMIT_AUTH_FAILURES
 * in the window, its requests are answered 429 before any work, except a request whose exact token
 * authenticated successfully before (an IdP behind the same egress address as a misconfigured one
 * keeps working). A failure counted beyond the limit (another instance's block, or an exempt token
 * gone bad) is itself answered 429 instead of 401.
 */
export class AuthFailureLimits {
  private readonly blocked = new ExpiringKeys(MAX_TRACKED_KEYS);
  private readonly knownGood = new ExpiringKeys(MAX_TRACKED_KEYS);
  private readonly byAddress: Limiter;
  private readonly byTokenPrefix: Limiter;

  constructor(
    private readonly fastify: FastifyInstance,
    config: AppConfig,
  ) {
    const limit = { max: config.RATE_LIMIT_AUTH_FAILURES, timeWindow: config.RATE_LIMIT_AUTH_WINDOW_MS };
    this.byAddress = fastify.createRateLimit({ ...limit, keyGenerator: (request) => addressKey(request) });
    this.byTokenPrefix = fastify.createRateLimit({ ...limit, keyGenerator: (request) => tokenKey(bearerToken(request) ?? '') });
  }

  install(): void {
    this.fastify.addHook('onRequest', async (request, reply) => this.refuseWhenBlocked(request, reply));
    this.fastify.addHook('onSend', async (request, reply, payload) => this.count(request, reply, payload));
  }

  private async refuseWhenBlocked(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
    const token = bearerToken(request);
    if (token && this.knownGood.remainingMs(digest(token)) > 0) return undefined;
    const keys = [addressKey(request), ...(token ? [tokenKey(token)] : [])];
    const waitMs = Math.max(...keys.map((key) => this.blocked.remainingMs(key)));
    if (waitMs === 0) return undefined;
    const { contentType, body } = retryLaterResponse(request, tooManyFailures(waitMs));
    return reply.code(429).header('retry-after', String(Math.ceil(waitMs / 1000))).header('content-type', contentType).send(body);
  }

  private async count(request: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
    const token = bearerToken(request);
    if (reply.statusCode !== 401) {
      if (token && (request as { user?: unknown }).user) this.knownGood.add(digest(token), Date.now() + KNOWN_GOOD_FOR_MS);
      return payload;
    }
    const results = await Promise.all([this.byAddress(request), ...(token ? [this.byTokenPrefix(request)] : [])]);
    let exceededMs = 0;
    for (const result of results) {
      if (result.isAllowed || result.remaining > 0) continue;
      this.blocked.add(result.key, Date.now() + result.ttl);
      if (result.isExceeded) exceededMs = Math.max(exceededMs, result.ttl);
    }
    if (exceededMs === 0) return payload;
    const { contentType, body } = retryLaterResponse(request, tooManyFailures(exceededMs));
    reply.code(429).header('retry-after', String(Math.ceil(exceededMs / 1000))).header('content-type', contentType).removeHeader('www-authenticate');
    return body;
  }
}

function addressKey(request: FastifyRequest): string {
  return `auth-failures:address:${request.ip}`;
}

function tokenKey(token: string): string {
  return `auth-failures:token:${digest(tokenPrefix(token))}`;
}

function tooManyFailures(waitMs: number): RetryLaterError {
  return new RetryLaterError(429, 'Too many failed authentication attempts; retry later', Math.ceil(waitMs / 1000));
}
