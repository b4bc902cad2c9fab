import { LogController } from 'fastify';
import type { FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import type { AppConfig } from '@app/platform';
import type { BufferedLogStream } from './buffered-log-stream';

/** What a log line may say about a request: never its query string, headers or body (tokens, secrets, PII). */
export function requestSummary(request: FastifyRequest): { method: string; path: string } {
  const query = request.url.indexOf('?');
  return { method: request.method, path: query === -1 ? request.url : request.url.slice(0, query) };
}

/**
 * At most one line per request, in place of Fastify's two ("incoming request", "request
 * completed"), written when the response has gone out: server errors at `error`, client errors
 * and requests slower than LOG_SLOW_REQUEST_MS at `warn` (so they show at the default level),
 * every other request at LOG_REQUESTS (`info` by default; `debug` hides them at LOG_LEVEL=info).
 */
class OneLinePerRequest extends LogController {
  constructor(private readonly config: AppConfig) {
    super();
  }

  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    const ms = reply.elapsedTime;
    const status = reply.statusCode;
    const level = error || status >= 500 ? 'error' : status >= 400 || ms >= this.config.LOG_SLOW_REQUEST_MS ? 'warn' : this.config.LOG_REQUESTS;
    const line = { ...requestSummary(request), route: request.routeOptions.url, status, ms: Math.round(ms * 10) / 10, ...(error ? { error: error.message } : {}) };
    request.log[level](line, 'request');
  }
}

/** Fastify's pino logger writing through the buffered stream, with one line per request. */
export function loggerOptions(config: AppConfig, stream: BufferedLogStream): Pick<FastifyServerOptions, 'logger' | 'logController'> {
  if (config.LOG_LEVEL === 'silent') return { logger: false };
  return {
    logController: new OneLinePerRequest(config),
    logger: {
      level: config.LOG_LEVEL,
      stream,
      // Whatever logs a request or a reply object (Fastify on a client error) gets the same safe summary.
      serializers: { req: requestSummary, res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }) },
      redact: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', 'headers.cookie'],
    },
  };
}
