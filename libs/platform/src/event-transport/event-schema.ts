import type { JsonSchema } from './event-contracts';

/** Building blocks of the integration events' JSON schemas (draft 2020-12), kept terse. */
export const schemaOf = {
  uuid: { type: 'string', format: 'uuid' } as JsonSchema,
  string: { type: 'string' } as JsonSchema,
  boolean: { type: 'boolean' } as JsonSchema,
  nullableString: { type: ['string', 'null'] } as JsonSchema,
  uuids: { type: 'array', items: { type: 'string', format: 'uuid' } } as JsonSchema,
  strings: { type: 'array', items: { type: 'string' } } as JsonSchema,
  enumOf: (values: readonly string[], nullable = false): JsonSchema => ({ enum: nullable ? [...values, null] : [...values] }),
  arrayOf: (properties: Record<string, JsonSchema>): JsonSchema => ({ type: 'array', items: objectSchema(properties) }),
};

/**
 * An event payload's schema: every listed property is required; further properties may appear in
 * later releases of the same version (consumers ignore what they do not know), never fewer.
 */
export function eventSchema(type: string, properties: Record<string, JsonSchema>): JsonSchema {
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', $id: type, title: type, ...objectSchema({ organizationId: schemaOf.uuid, ...properties }) };
}

function objectSchema(properties: Record<string, JsonSchema>): JsonSchema {
  return { type: 'object', required: Object.keys(properties), properties, additionalProperties: true };
}
