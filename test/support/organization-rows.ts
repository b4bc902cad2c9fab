import { MikroORM } from '@mikro-orm/postgresql';
import type { TestApp } from './test-app';

/**
 * Rows of one organization in every table of every schema that has an organization_id column,
 * found from the catalog so a table added later is covered without editing the spec.
 */
export async function organizationRowCounts(t: TestApp, organizationId: string, exceptTables: string[] = []): Promise<Record<string, number>> {
  const connection = t.app.get(MikroORM).em.getConnection();
  const tables = await connection.execute<{ name: string }[]>(
    `select format('%I.%I', c.table_schema, c.table_name) as name
       from information_schema.columns c join information_schema.tables t using (table_schema, table_name)
      where c.column_name = 'organization_id' and t.table_type = 'BASE TABLE' and c.table_schema not in ('pg_catalog', 'information_schema')
      order by 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    if (exceptTables.includes(name)) continue;
    const [{ n }] = await connection.execute<{ n: string }[]>(`select count(*) as n from ${name} where organization_id = ?`, [organizationId]);
    counts[name] = Number(n);
  }
  return counts;
}
