import { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { from, Observable, switchMap } from 'rxjs';
import { RetryLaterError } from '../http/retry-later';

type Limiter = ReturnType<FastifyInstance['createRateLimit']>;

function organizationOf(request: FastifyRequest): string | undefined {
  return (request as { user?: { organizationId?: string } }).user?.organizationId;
}

/**
 * Requests per organization and window (RATE_LIMIT_ORG_REQUESTS). Interceptors run after the guards,
 * so the organization is the authenticated one; unauthenticated routes are not counted.
 */
export class OrgQuotaInterceptor implements NestInterceptor {
  private readonly limiter: Limiter;

  constructor(fastify: FastifyInstance, max: number, timeWindow: number) {
    this.limiter = fastify.createRateLimit({ max, timeWindow, keyGenerator: (request) => `org-quota:${organizationOf(request)}` });
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (!organizationOf(request)) return next.handle();
    return from(this.limiter(request)).pipe(
      switchMap((result) => {
        if (!result.isAllowed && result.isExceeded) {
          throw new RetryLaterError(429, 'This organization has used its request quota; retry later', result.ttlInSeconds);
        }
        return next.handle();
      }),
    );
  }
}
