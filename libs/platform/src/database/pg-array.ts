/**
 * A PostgreSQL array literal for one `?` binding. Knex expands a JS array binding into a list of
 * placeholders, so arrays travel as text and are cast in SQL (`?::uuid[]`, `?::text[]`).
 */
export function pgArray(values: readonly (string | number)[]): string {
  return `{${values.map((v) => `"${String(v).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}
