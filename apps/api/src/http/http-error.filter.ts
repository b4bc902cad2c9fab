import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { databaseErrorFields } from '@app/platform';
import { isScimPath, sendScimError } from '@app/scim-protocol';
import { sendAdminError } from './admin-error';
import { asRetryLater, sendRetryLater } from './retry-later';

/** One filter, two dialects: SCIM clients get the SCIM error schema, everyone else the admin JSON error. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    renderError(exception, request, reply, this.logger);
  }
}

export function renderError(exception: unknown, request: FastifyRequest, reply: FastifyReply, logger: Logger): void {
  const retryLater = asRetryLater(exception);
  if (retryLater) {
    sendRetryLater(request, reply, retryLater);
    if (retryLater.status === 503) logger.warn({ msg: 'database unavailable', requestId: request.id, method: request.method, path: request.routeOptions?.url, database: databaseErrorFields(exception), error: (exception as Error)?.message });
    return;
  }
  const status = isScimPath(request.url) ? sendScimError(exception, reply) : sendAdminError(exception, reply);
  if (status >= 500) {
    logger.error({ msg: 'unhandled error', requestId: request.id, method: request.method, path: request.routeOptions?.url, database: databaseErrorFields(exception), error: (exception as Error)?.stack ?? String(exception) });
  }
}

const frameworkLogger = new Logger('HttpError');

/** Fastify's own routing failures (a URL that is not valid percent-encoded UTF-8) get the same two dialects. */
export function renderFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  renderError(error, request, reply, frameworkLogger);
}
