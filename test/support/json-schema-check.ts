import type { JsonSchema } from '@app/platform';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The problems of `value` against the subset of JSON Schema the event contracts use (type, enum,
 * format uuid, required, properties, items): enough to catch a payload drifting from its contract.
 */
export function schemaProblems(schema: JsonSchema, value: unknown, path = '$'): string[] {
  const problems: string[] = [];
  const types = schema.type === undefined ? undefined : ([] as unknown[]).concat(schema.type);
  const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  if (types && !types.includes(actual)) return [`${path}: ${actual}, expected ${types.join('|')}`];
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) problems.push(`${path}: ${JSON.stringify(value)} not in ${JSON.stringify(schema.enum)}`);
  if (schema.format === 'uuid' && typeof value === 'string' && !UUID.test(value)) problems.push(`${path}: not a uuid`);
  if (actual === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of (schema.required as string[] | undefined) ?? []) if (!(key in record)) problems.push(`${path}.${key}: missing`);
    for (const [key, sub] of Object.entries((schema.properties as Record<string, JsonSchema> | undefined) ?? {})) {
      if (key in record) problems.push(...schemaProblems(sub, record[key], `${path}.${key}`));
    }
  }
  if (actual === 'array' && schema.items) (value as unknown[]).forEach((item, i) => problems.push(...schemaProblems(schema.items as JsonSchema, item, `${path}[${i}]`)));
  return problems;
}
