import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig } from '@app/platform';
import { SCIM_CONTENT_TYPE } from '@app/scim-protocol';
import { AppModule } from './app.module';
import { renderFrameworkError } from './http/http-error.filter';
import { parseJsonBody } from './http/json-body';
import { rejectUnstorableRequestText } from './http/request-input-guard';
import { REQUEST_ID_HEADER, requestIdOf } from './http/request-id';
import { createOpenApiDocument } from './openapi/openapi-document';
import { registerOpenApiRoutes } from './openapi/openapi-routes';
import { BufferedLogStream, LogSink } from './logging/buffered-log-stream';
import { loggerOptions } from './logging/request-logging';
import { installRateLimits } from './rate-limit/install-rate-limits';
import { jsonLogger } from './json-logger';

export { jsonLogger };

export interface CreateAppOptions {
  clientUrl: string;
  migrateOnStart: boolean;
  /** Where log lines go (stdout when omitted): specs read them from here. */
  logSink?: LogSink;
}

function fastifyAdapter(config: AppConfig, logStream: BufferedLogStream): FastifyAdapter {
  return new FastifyAdapter({
    bodyLimit: config.BODY_LIMIT_BYTES,
    // IdPs disagree on casing and slashes: `/users`, `/Users/`, and `/scim/v2//Users` from a pasted base URL.
    routerOptions: { caseSensitive: false, ignoreTrailingSlash: true, ignoreDuplicateSlashes: true },
    requestIdHeader: false,
    genReqId: requestIdOf,
    frameworkErrors: renderFrameworkError,
    ...(config.TRUST_PROXY_HOPS > 0 ? { trustProxy: config.TRUST_PROXY_HOPS } : {}),
    ...loggerOptions(config, logStream),
  });
}

/** Builds the HTTP application the same way for `npm start`, the tests and the benchmark. */
export async function createApp(config: AppConfig, options: CreateAppOptions): Promise<NestFastifyApplication> {
  const logger = config.LOG_LEVEL === 'silent' ? false : jsonLogger(config);
  const logStream = new BufferedLogStream(options.logSink);
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot({ config, clientUrl: options.clientUrl, migrateOnStart: options.migrateOnStart }),
    fastifyAdapter(config, logStream),
    { logger, bufferLogs: false, abortOnError: false, bodyParser: false },
  );
  const fastify = app.getHttpAdapter().getInstance();
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser(['application/json', SCIM_CONTENT_TYPE], { parseAs: 'string' }, parseJsonBody);
  fastify.addHook('preValidation', rejectUnstorableRequestText);
  fastify.addHook('onSend', (request, reply, payload, done) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    done(null, payload);
  });
  fastify.addHook('onClose', (_instance, done) => {
    logStream.close();
    done();
  });
  registerOpenApiRoutes(fastify, createOpenApiDocument(app));
  await installRateLimits(app, config);
  // The dashboard reads these from responses: request ids for support, ETags for If-Match, Location after a create.
  if (config.CORS_ORIGINS?.length) app.enableCors({ origin: config.CORS_ORIGINS, credentials: true, exposedHeaders: ['x-request-id', 'ETag', 'Location'] });
  return app;
}
