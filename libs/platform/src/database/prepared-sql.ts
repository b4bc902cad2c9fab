import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { redactQueryError } from './redact-query-errors';

/** A statement whose text never changes: PostgreSQL parses and plans it once per connection. */
export interface PreparedSql {
  readonly name: string;
  readonly text: string;
}

interface PgConnection {
  query(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

interface ConnectionSource {
  acquireConnection(): Promise<PgConnection>;
  releaseConnection(connection: PgConnection): Promise<unknown>;
}

/**
 * Declares a hot-path statement once, with `$1…$n` placeholders, as a named prepared statement
 * (the name is derived from the text, so two modules declaring the same text share it).
 */
export function preparedSql(text: string): PreparedSql {
  return { name: `p_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`, text };
}

const MAX_CACHED_TEXTS = 1000;
const positional = new Map<string, string>();

/** `?` placeholders (`\?` for a literal one) as `$n`, computed once per distinct text. */
function toPositional(sql: string): string {
  let text = positional.get(sql);
  if (text === undefined) {
    let n = 0;
    text = sql.replace(/(\\*)\?/g, (match: string, escapes: string) => (escapes.length % 2 ? '?' : `$${++n}`));
    if (positional.size >= MAX_CACHED_TEXTS) positional.clear();
    positional.set(sql, text);
  }
  return text;
}

/**
 * Runs one statement on the unit of work's transaction connection (or a pool connection) straight
 * through the pg driver: no SQL text is built per request. `statement` is a prepared statement, or
 * text with `?` placeholders (dynamic SQL such as filters: sent unnamed, its `$n` form cached).
 * Values travel as bind parameters; arrays as `pgArray` text, like everywhere else.
 */
export async function runSql<R>(em: EntityManager, statement: PreparedSql | string, values: readonly unknown[] = []): Promise<R[]> {
  const transaction = em.getTransactionContext<{ client: ConnectionSource }>();
  const source: ConnectionSource = transaction ? transaction.client : (em.getConnection().getKnex().client as ConnectionSource);
  const connection = await source.acquireConnection();
  try {
    const config = typeof statement === 'string' ? { text: toPositional(statement), values: [...values] } : { name: statement.name, text: statement.text, values: [...values] };
    const result = await connection.query(config);
    return result.rows as R[];
  } catch (error) {
    // The same rewrite knex's statements get: no values of the request in a log or last_error.
    if (error instanceof Error) redactQueryError(error);
    throw error;
  } finally {
    await source.releaseConnection(connection);
  }
}
