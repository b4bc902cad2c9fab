import { ScimError } from '../errors/scim-error';
import { DEFAULT_MAX_STRING_LENGTH, MAX_MULTI_VALUES } from '../limits/request-limits';
import { unstorableTextReason } from '../limits/text-safety';
import { AttributeDefinition } from '../schema/attribute-definition';
import { findAttribute } from '../schema/attribute-path';
import { coerceBoolean, isPlainObject, preview } from './coerce';
import { isValidDateTime } from './date-time';

/** References (URLs) may be longer than plain strings. */
const REFERENCE_MAX_LENGTH = 2048;

export function maxValuesOf(definition: AttributeDefinition): number {
  return definition.maxValues ?? MAX_MULTI_VALUES;
}

/** A multi-valued attribute may not hold more values than its limit (checked before any per-value work). */
export function assertValueCount(definition: AttributeDefinition, count: number, path: string): void {
  const max = maxValuesOf(definition);
  if (count > max) throw ScimError.invalidValue(`Attribute '${path}' may hold at most ${max} values, got ${count}`);
}

/**
 * Brings one attribute value to its stored shape. `undefined` means "unassigned" (RFC 7643 §2.5:
 * null and an empty multi-valued list both unassign). Unknown sub-attributes are dropped.
 */
export function normalizeAttributeValue(definition: AttributeDefinition, value: unknown, path: string): unknown {
  if (value === null || value === undefined) return undefined;
  if (definition.multiValued) {
    // A single value where a list is expected is wrapped: some clients send `"LambdatestRoles": "Admin"`.
    const items = Array.isArray(value) ? value : [value];
    assertValueCount(definition, items.length, path);
    const normalized = items
      .map((item) => normalizeSingleValue(definition, item, path))
      .filter((item) => item !== undefined);
    return normalized.length > 0 ? normalized : undefined;
  }
  if (Array.isArray(value)) {
    // A one-element list for a single-valued attribute is a common client slip; more is ambiguous.
    if (value.length === 1) return normalizeSingleValue(definition, value[0], path);
    throw ScimError.invalidValue(`Attribute '${path}' is single-valued but a list was given`);
  }
  return normalizeSingleValue(definition, value, path);
}

/** Normalizes one value (one element of a multi-valued attribute, or the value of a single-valued one). */
export function normalizeSingleValue(definition: AttributeDefinition, value: unknown, path: string): unknown {
  if (value === null || value === undefined) return undefined;
  switch (definition.type) {
    case 'complex':
      return normalizeComplex(definition, value, path);
    case 'boolean': {
      const coerced = coerceBoolean(value);
      if (coerced === undefined) {
        throw ScimError.invalidValue(`Attribute '${path}' must be a boolean, got ${preview(value)}`);
      }
      return coerced;
    }
    case 'integer':
    case 'decimal': {
      const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof number !== 'number' || !Number.isFinite(number) || (definition.type === 'integer' && !Number.isInteger(number))) {
        throw ScimError.invalidValue(`Attribute '${path}' must be ${definition.type === 'integer' ? 'an integer' : 'a number'}`);
      }
      return number;
    }
    case 'dateTime': {
      if (typeof value !== 'string' || !isValidDateTime(value)) {
        throw ScimError.invalidValue(`Attribute '${path}' must be an xsd:dateTime string`);
      }
      return value;
    }
    default:
      return normalizeString(definition, value, path);
  }
}

function normalizeString(definition: AttributeDefinition, value: unknown, path: string): string {
  if (typeof value === 'number' || typeof value === 'boolean') value = String(value);
  if (typeof value !== 'string') {
    throw ScimError.invalidValue(`Attribute '${path}' must be a string, got ${preview(value)}`);
  }
  const maxLength = definition.maxLength ?? (definition.type === 'reference' ? REFERENCE_MAX_LENGTH : DEFAULT_MAX_STRING_LENGTH);
  if (value.length > maxLength) {
    throw ScimError.invalidValue(`Attribute '${path}' may be at most ${maxLength} characters long, got ${value.length}`);
  }
  const unstorable = unstorableTextReason(value);
  if (unstorable) throw ScimError.invalidValue(`Attribute '${path}' ${unstorable}`);
  if (definition.enforceCanonicalValues && definition.canonicalValues) {
    const canonical = definition.canonicalValues.find((candidate) => candidate.toLowerCase() === value.toLowerCase());
    if (!canonical) {
      throw ScimError.invalidValue(
        `Attribute '${path}' must be one of ${definition.canonicalValues.join(', ')}, got ${preview(value)}`,
      );
    }
    return canonical;
  }
  return value;
}

function normalizeComplex(definition: AttributeDefinition, value: unknown, path: string): Record<string, unknown> | undefined {
  if (!isPlainObject(value)) {
    throw ScimError.invalidValue(`Attribute '${path}' must be an object`);
  }
  const result: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(value)) {
    const sub = findAttribute(definition.subAttributes, key);
    if (!sub) continue;
    const normalized = normalizeSingleValue(sub, raw, `${path}.${sub.name}`);
    if (normalized !== undefined) result[sub.name] = normalized;
  }
  return Object.keys(result).length > 0 ? result : undefined;
}
