import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Runs SQL in the unit of work's transaction with real bind parameters. `em.execute` inlines every
 * value into the SQL text, which for the 50,000-id arrays of a large SCIM batch costs more than
 * the statement itself (escaping and parsing megabytes of literal); bound, the array is one value.
 */
export async function executeBound<R>(em: EntityManager, sql: string, params: unknown[]): Promise<R[]> {
  const query = em.getConnection().getKnex().raw(sql, params as never);
  const transaction = em.getTransactionContext();
  if (transaction) query.transacting(transaction);
  const result: { rows: R[] } = await query;
  return result.rows;
}
