import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * SQLSTATE classes whose server message names only objects (constraints, relations, columns) or
 * states, never a value: integrity violations keep their values in `detail`, which is dropped.
 * Other classes (e.g. 22, data exceptions) quote the offending input, so their message is withheld.
 */
const MESSAGE_SAFE_CLASSES = new Set(['08', '23', '25', '40', '53', '54', '55', '57', '58', '42']);
const QUOTES_INPUT = new Set(['42601']); // syntax error "at or near" a fragment of the statement

interface QueryError extends Error {
  code?: string;
  severity?: string;
  detail?: string;
}

/** What may be written to a log about a failed statement: never the statement's values. */
export function redactedMessage(error: QueryError, driverMessage: string): string {
  const isServerError = typeof error.severity === 'string' && typeof error.code === 'string';
  if (!isServerError) return driverMessage; // connection and protocol failures from node-postgres
  const code = error.code as string;
  const safe = MESSAGE_SAFE_CLASSES.has(code.slice(0, 2)) && !QUOTES_INPUT.has(code);
  return safe ? driverMessage : `PostgreSQL error ${code} (message withheld: it may quote request values)`;
}

/**
 * Knex prefixes a failed statement's error message with the statement, and MikroORM appends the
 * server's `detail` (`Key (user_name)=(jane@acme.com) already exists`); both end up in logs and in
 * the outbox's last_error. Rewriting the error as knex raises it keeps every consumer clean; the
 * structured fields (code, constraint, table, column, schema) stay for handlers and logs.
 */
export function redactQueryErrors(orm: MikroORM): void {
  const knex = orm.em.getConnection().getKnex();
  knex.on('query-error', (error: QueryError, query: { sql?: string }) => redactQueryError(error, query.sql));
}

/** The rewrite itself, also for statements sent straight through the pg driver (`runSql`). */
export function redactQueryError(error: QueryError, sql?: string): void {
  const prefix = `${sql ?? ''} - `;
  const driverMessage = sql && error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
  const message = redactedMessage(error, driverMessage);
  const frames = (error.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at '));
  error.message = message;
  error.stack = [`${error.name}: ${message}`, ...frames].join('\n');
  delete error.detail;
}
