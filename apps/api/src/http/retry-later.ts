import type { FastifyReply, FastifyRequest } from 'fastify';
import { isDatabaseUnavailable } from '@app/platform';
import { isScimPath, ScimError, SCIM_CONTENT_TYPE } from '@app/scim-protocol';
import type { AdminErrorBody } from './admin-error';

/** Long enough for a pool to drain or a failover to finish; short enough for an IdP's retry loop. */
const DATABASE_RETRY_AFTER_SECONDS = 5;

const REASONS = { 429: 'Too Many Requests', 503: 'Service Unavailable' } as const;
const CODES = { 429: 'rate_limited', 503: 'unavailable' } as const;

/** A refusal the client should repeat later: 429 (throttled) or 503 (the database is unavailable), with Retry-After. */
export class RetryLaterError extends Error {
  constructor(
    readonly status: 429 | 503,
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

export function asRetryLater(exception: unknown): RetryLaterError | undefined {
  if (exception instanceof RetryLaterError) return exception;
  if (isDatabaseUnavailable(exception)) {
    return new RetryLaterError(503, 'The service is temporarily unavailable; retry later', DATABASE_RETRY_AFTER_SECONDS);
  }
  return undefined;
}

/** The refusal in the dialect of the route: the SCIM error schema under /scim, the admin error shape elsewhere. */
export function retryLaterResponse(request: FastifyRequest, error: RetryLaterError): { contentType: string; body: string } {
  if (isScimPath(request.url)) {
    return { contentType: `${SCIM_CONTENT_TYPE}; charset=utf-8`, body: JSON.stringify(new ScimError(error.status, error.message).toJSON()) };
  }
  const body: AdminErrorBody = { statusCode: error.status, error: REASONS[error.status], message: error.message, code: CODES[error.status] };
  return { contentType: 'application/json; charset=utf-8', body: JSON.stringify(body) };
}

export function sendRetryLater(request: FastifyRequest, reply: FastifyReply, error: RetryLaterError): number {
  const { contentType, body } = retryLaterResponse(request, error);
  void reply.status(error.status).header('retry-after', String(error.retryAfterSeconds)).header('content-type', contentType).send(body);
  return error.status;
}
