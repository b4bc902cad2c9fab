import { HttpException } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DomainError, httpStatusOf } from '@app/platform';
import { SCIM_CONTENT_TYPE } from '../constants';
import { ScimError, ScimType } from '../errors/scim-error';

const SCIM_PATH = /^\/+scim\/v2(\/|\?|$)/i;

export function isScimPath(url: string): boolean {
  return SCIM_PATH.test(url);
}

/** The SCIM detail a domain error carries on top of its HTTP status (the platform's table). */
const SCIM_TYPE_BY_CODE: Record<string, ScimType> = {
  conflict: 'uniqueness',
  invalid_input: 'invalidValue',
  immutable: 'mutability',
  invalid_syntax: 'invalidSyntax',
};

/** Fastify's own failures reach us as plain HttpExceptions (Nest maps them); these say what to do. */
const HTTP_DETAILS: Record<number, string> = {
  404: 'Resource or endpoint not found',
  413: 'The request body is larger than this server accepts',
  415: 'Send request bodies as application/scim+json or application/json',
};

/** Body-parser failures raised by Fastify before any handler runs. */
const FASTIFY_ERRORS: Record<string, (e: Error) => ScimError> = {
  FST_ERR_CTP_INVALID_JSON_BODY: () => ScimError.invalidSyntax('The request body is not valid JSON'),
  FST_ERR_CTP_EMPTY_JSON_BODY: () => ScimError.invalidSyntax('The request body is empty'),
  FST_ERR_CTP_BODY_TOO_LARGE: () => ScimError.payloadTooLarge('The request body is larger than this server accepts'),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: () => new ScimError(415, 'Send request bodies as application/scim+json or application/json'),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: () => ScimError.invalidSyntax('Content-Length does not match the body'),
  FST_ERR_BAD_URL: () => ScimError.invalidSyntax('The request URL is not valid percent-encoded UTF-8'),
};

/** Whatever went wrong, a SCIM client receives the SCIM error schema; only our own bugs are 500s. */
export function toScimError(exception: unknown): ScimError {
  if (exception instanceof ScimError) return exception;
  if (exception instanceof DomainError) {
    return new ScimError(httpStatusOf(exception), exception.message, SCIM_TYPE_BY_CODE[exception.code]);
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    return new ScimError(status, HTTP_DETAILS[status] ?? exception.message);
  }
  const fastifyError = exception as Error & { code?: string; statusCode?: number };
  const known = fastifyError?.code ? FASTIFY_ERRORS[fastifyError.code] : undefined;
  if (known) return known(fastifyError);
  if (exception instanceof SyntaxError) return ScimError.invalidSyntax('The request body is not valid JSON');
  if (typeof fastifyError?.statusCode === 'number' && fastifyError.statusCode < 500) {
    return new ScimError(fastifyError.statusCode, fastifyError.message);
  }
  return ScimError.internal('An unexpected error occurred');
}

const SCIM_ERROR_TYPE = Symbol('scimErrorType');

/** The scimType of the error this reply carried, for the activity log and metrics. */
export function scimErrorTypeOf(reply: FastifyReply): string | undefined {
  return (reply as unknown as Record<symbol, string | undefined>)[SCIM_ERROR_TYPE];
}

export function sendScimError(exception: unknown, reply: FastifyReply): number {
  const error = toScimError(exception);
  (reply as unknown as Record<symbol, string | undefined>)[SCIM_ERROR_TYPE] = error.scimType;
  if (error.status === 401) void reply.header('WWW-Authenticate', 'Bearer realm="scim"');
  void reply.status(error.status).header('content-type', `${SCIM_CONTENT_TYPE}; charset=utf-8`).send(error.toJSON());
  return error.status;
}
