import { getProperty } from '../resource/attribute-access';
import { AttributeDefinition } from '../schema/attribute-definition';
import { findAttribute } from '../schema/attribute-path';
import { isPlainObject } from '../values/coerce';

/** JSON with object keys sorted and undefined members dropped, so equal values give equal text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isPlainObject(value)) {
    const members = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`);
    return `{${members.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function scalarKey(definition: AttributeDefinition, value: unknown): string {
  return typeof value === 'string' && !definition.caseExact ? JSON.stringify(value.toLowerCase()) : canonicalJson(value);
}

/**
 * Identity of one element of a multi-valued attribute: two elements are the same value when their
 * `value`s are equal (honouring caseExact), or, lacking a `value`, when they are equal as JSON.
 * A key makes "already there?" a set look-up instead of a comparison with every element.
 */
export function elementKey(attribute: AttributeDefinition, element: unknown): string {
  if (attribute.type === 'complex') {
    const valueDefinition = findAttribute(attribute.subAttributes, 'value');
    const value = getProperty(element, 'value');
    if (valueDefinition && value !== undefined) return `v${scalarKey(valueDefinition, value)}`;
    return `j${canonicalJson(element)}`;
  }
  return `v${scalarKey(attribute, element)}`;
}

/**
 * Element keys remembered for the duration of one PATCH: the same elements are looked at by every
 * operation on their attribute, and elements are never modified in place (changes make new objects).
 */
export class ElementKeys {
  private readonly cache = new WeakMap<object, string>();

  of(attribute: AttributeDefinition, element: unknown): string {
    if (typeof element !== 'object' || element === null) return elementKey(attribute, element);
    let key = this.cache.get(element);
    if (key === undefined) {
      key = elementKey(attribute, element);
      this.cache.set(element, key);
    }
    return key;
  }
}
