import { UniqueConstraintViolationException } from '@mikro-orm/core';

/** A unique-index race lost to a concurrent transaction, optionally on one named constraint. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const pgError = error as { code?: string; constraint?: string };
  const unique = error instanceof UniqueConstraintViolationException || pgError?.code === '23505';
  return unique && (!constraint || pgError.constraint === constraint || String((error as Error).message).includes(constraint));
}

/** Server states that say "not now" rather than "never": connection loss, overload, timeouts, shutdown. */
const UNAVAILABLE_SQLSTATES = new Set(['57014', '55P03', '25P03', '57P01', '57P02', '57P03', '53300', '53400']);
const UNAVAILABLE_NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** node-postgres, knex and tarn say these only in words. */
const UNAVAILABLE_MESSAGES = [
  /Timeout acquiring a connection/,
  /Unable to acquire a connection/,
  /Query read timeout/,
  /Connection terminated/,
  /timeout expired/,
  /is not queryable/,
  /Connection ended unexpectedly/,
];

/**
 * The database could not be reached or answered too late: the request may succeed if retried
 * (503 with Retry-After), unlike a constraint violation or a bug.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08') || UNAVAILABLE_NETWORK_CODES.has(code))) return true;
  return typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message));
}

export interface DatabaseErrorFields {
  code?: string;
  constraint?: string;
  schema?: string;
  table?: string;
  column?: string;
}

/** What a log line may say about a failed statement: where it failed, never the values involved. */
export function databaseErrorFields(error: unknown): DatabaseErrorFields | undefined {
  const { code, constraint, schema, table, column } = (error ?? {}) as Record<string, unknown>;
  const fields = Object.fromEntries(
    Object.entries({ code, constraint, schema, table, column }).filter(([, value]) => typeof value === 'string' && value !== ''),
  ) as DatabaseErrorFields;
  return fields.code ? fields : undefined;
}
