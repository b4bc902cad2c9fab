import { ScimError } from '../errors/scim-error';
import { ScimRequestLimits } from '../limits/request-limits';
import { assertMemberCount } from '../patch/patch-request';
import { ResourceTypeDefinition } from '../schema/attribute-definition';
import { findSchema, resolveAttributePath } from '../schema/attribute-path';
import { isPlainObject } from '../values/coerce';
import { normalizeAttributeValue } from '../values/normalize-value';
import { ensureContainer, getContainer, getProperty, setProperty } from './attribute-access';

/**
 * Turns a POST/PUT body into canonical resource JSON: canonical attribute names, extension attributes
 * under their schema URN, booleans coerced, `null` dropped (unassigned), and everything the client may
 * not set (id, meta, groups) or that no schema defines silently ignored. `schemas` lists the core URN
 * plus each extension that ended up with a value. Required attributes (userName, displayName) must be present.
 * With `limits`, a Group's members are counted before any of them is read.
 */
export function normalizeResourceInput(body: unknown, resourceType: ResourceTypeDefinition, limits?: ScimRequestLimits): Record<string, unknown> {
  if (!isPlainObject(body)) throw ScimError.invalidSyntax('The request body must be a JSON object');
  const resource: Record<string, unknown> = { schemas: [resourceType.schema.id] };

  const assign = (key: string, value: unknown) => {
    const resolved = resolveAttributePath(resourceType, key);
    if (!resolved) return;
    const { attribute, subAttribute } = resolved;
    if (attribute.mutability === 'readOnly' || subAttribute?.mutability === 'readOnly') return;
    if (limits && !resolved.isExtension && attribute.name === 'members' && Array.isArray(value)) assertMemberCount(value.length, limits);
    if (subAttribute) {
      // A dotted key (`name.givenName`) sets one sub-attribute of a single-valued complex attribute.
      if (attribute.multiValued) return;
      const normalized = normalizeAttributeValue(subAttribute, value, resolved.path);
      if (normalized === undefined) return;
      const container = ensureContainer(resource, resolved);
      const current = getProperty(container, attribute.name);
      setProperty(container, attribute.name, { ...(isPlainObject(current) ? current : {}), [subAttribute.name]: normalized });
      return;
    }
    const normalized = normalizeAttributeValue(attribute, value, resolved.path);
    if (normalized === undefined) return;
    setProperty(ensureContainer(resource, resolved), attribute.name, normalized);
  };

  for (const [key, value] of Object.entries(body)) {
    if (key.toLowerCase() === 'schemas') continue;
    const schema = findSchema(resourceType, key);
    if (schema) {
      if (value === null || value === undefined) continue;
      if (!isPlainObject(value)) throw ScimError.invalidValue(`'${key}' must be an object of ${schema.name} attributes`);
      for (const [name, attributeValue] of Object.entries(value)) assign(`${schema.id}:${name}`, attributeValue);
      continue;
    }
    assign(key, value);
  }

  for (const attribute of resourceType.schema.attributes) {
    if (attribute.required && attribute.mutability !== 'readOnly' && getProperty(resource, attribute.name) === undefined) {
      throw ScimError.invalidValue(`Attribute '${attribute.name}' is required`);
    }
  }
  for (const extension of resourceType.extensions) {
    const location = { schemaUrn: extension.schema.id, isExtension: true };
    const container = getContainer(resource, location);
    if (extension.required && !container) throw ScimError.invalidValue(`Schema extension '${extension.schema.id}' is required`);
  }
  return resource;
}
