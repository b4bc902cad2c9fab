import type { FastifyInstance, FastifyRequest, FastifyServerOptions } from 'fastify';
import type { AppConfig } from '@app/platform';
import { BufferedLogStream } from './buffered-log-stream';

/** What a log line may say about a request: never its query string, headers or body (tokens, secrets, PII). */
export function requestSummary(request: FastifyRequest): { method: string; path: string } {
  const query = request.url.indexOf('?');
  return { method: request.method, path: query === -1 ? request.url : request.url.slice(0, query) };
}

/** Fastify's pino logger writing through the buffered stream; Fastify's own two lines per request are off. */
export function loggerOptions(config: AppConfig, stream: BufferedLogStream): Pick<FastifyServerOptions, 'logger' | 'disableRequestLogging'> {
  if (config.LOG_LEVEL === 'silent') return { logger: false, disableRequestLogging: true };
  return {
    disableRequestLogging: true,
    logger: {
      level: config.LOG_LEVEL,
      stream,
      // Whatever logs a request or a reply object (Fastify on a client error) gets the same safe summary.
      serializers: { req: requestSummary, res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }) },
      redact: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', 'headers.cookie'],
    },
  };
}

/**
 * At most one line per request, written when the reply is sent: server errors at `error`, client
 * errors and requests slower than LOG_SLOW_REQUEST_MS at `warn` (so they show at the default level),
 * every other request at LOG_REQUESTS (`info` by default; `debug` hides them at LOG_LEVEL=info).
 */
export function registerRequestLogging(fastify: FastifyInstance, config: AppConfig): void {
  if (config.LOG_LEVEL === 'silent') return;
  fastify.addHook('onResponse', (request, reply, done) => {
    const ms = reply.elapsedTime;
    const status = reply.statusCode;
    const level = status >= 500 ? 'error' : status >= 400 || ms >= config.LOG_SLOW_REQUEST_MS ? 'warn' : config.LOG_REQUESTS;
    request.log[level]({ ...requestSummary(request), route: request.routeOptions.url, status, ms: Math.round(ms * 10) / 10 }, 'request');
    done();
  });
}
