import { HttpException } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DomainError, httpStatusOf } from '@app/platform';

/** Every error answers a stable code, whichever layer raised it (a guard, a pipe, Fastify, the domain). */
const CODE_BY_STATUS: Record<number, string> = {
  400: 'invalid_input', 401: 'unauthorized', 403: 'forbidden', 404: 'not_found', 405: 'method_not_allowed', 409: 'conflict',
  412: 'precondition_failed', 413: 'payload_too_large', 415: 'unsupported_media_type', 429: 'rate_limited', 503: 'unavailable',
};

const REASONS: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 409: 'Conflict',
  412: 'Precondition Failed', 413: 'Payload Too Large', 415: 'Unsupported Media Type', 429: 'Too Many Requests',
  500: 'Internal Server Error', 503: 'Service Unavailable',
};

/** Fastify's own request failures that have a code of ours. */
const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'invalid_syntax',
  FST_ERR_BAD_URL: 'invalid_syntax',
};

export interface AdminErrorBody {
  statusCode: number;
  error: string;
  message: string;
  code?: string;
  details?: unknown;
}

/** The admin API's one error shape: `{statusCode, error, message, code?, details?}`. */
export function adminErrorBody(exception: unknown): AdminErrorBody {
  if (exception instanceof DomainError) {
    const statusCode = httpStatusOf(exception);
    return { statusCode, error: REASONS[statusCode] ?? 'Error', message: exception.message, code: exception.code };
  }
  if (exception instanceof HttpException) {
    const statusCode = exception.getStatus();
    const response = exception.getResponse();
    const raw = typeof response === 'object' && response !== null ? (response as Record<string, unknown>) : { message: response };
    const messages = raw.message;
    if (Array.isArray(messages)) {
      return { statusCode, error: REASONS[statusCode] ?? 'Error', message: 'Validation failed', code: 'validation_failed', details: messages };
    }
    return { statusCode, error: REASONS[statusCode] ?? 'Error', message: String(messages ?? exception.message), ...codeOf(statusCode) };
  }
  const fastifyError = exception as { statusCode?: number; code?: string; message?: string };
  if (typeof fastifyError?.statusCode === 'number' && fastifyError.statusCode < 500) {
    const statusCode = fastifyError.statusCode;
    const message = fastifyError.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ? 'The request body is not valid JSON' : String(fastifyError.message);
    const code = fastifyError.code && FASTIFY_CODES[fastifyError.code];
    return { statusCode, error: REASONS[statusCode] ?? 'Error', message, ...(code ? { code } : codeOf(statusCode)) };
  }
  return { statusCode: 500, error: REASONS[500], message: 'An unexpected error occurred' };
}

export function sendAdminError(exception: unknown, reply: FastifyReply): number {
  const body = adminErrorBody(exception);
  void reply.status(body.statusCode).header('content-type', 'application/json; charset=utf-8').send(body);
  return body.statusCode;
}

function codeOf(statusCode: number): { code?: string } {
  const code = CODE_BY_STATUS[statusCode];
  return code ? { code } : {};
}
