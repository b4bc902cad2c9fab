import { ResolvedAttributePath } from '../schema/attribute-path';
import { isPlainObject } from '../values/coerce';

/** Keys in stored JSON are canonical, but input may not be: look them up case-insensitively. */
export function findKey(object: Record<string, unknown>, name: string): string | undefined {
  if (Object.prototype.hasOwnProperty.call(object, name)) return name;
  const lower = name.toLowerCase();
  return Object.keys(object).find((key) => key.toLowerCase() === lower);
}

export function getProperty(object: unknown, name: string): unknown {
  if (!isPlainObject(object)) return undefined;
  const key = findKey(object, name);
  return key === undefined ? undefined : object[key];
}

/** Sets `name` under its canonical spelling, dropping any differently-cased duplicate. */
export function setProperty(object: Record<string, unknown>, name: string, value: unknown): void {
  deleteProperty(object, name);
  object[name] = value;
}

export function deleteProperty(object: Record<string, unknown>, name: string): void {
  const lower = name.toLowerCase();
  for (const key of Object.keys(object)) {
    if (key.toLowerCase() === lower) delete object[key];
  }
}

type AttributeLocation = Pick<ResolvedAttributePath, 'schemaUrn' | 'isExtension'>;

/** The object holding an attribute: the resource itself for core attributes, `resource[urn]` for extensions. */
export function getContainer(resource: Record<string, unknown>, location: AttributeLocation): Record<string, unknown> | undefined {
  if (!location.isExtension) return resource;
  const container = getProperty(resource, location.schemaUrn);
  return isPlainObject(container) ? container : undefined;
}

export function ensureContainer(resource: Record<string, unknown>, location: AttributeLocation): Record<string, unknown> {
  const existing = getContainer(resource, location);
  if (existing) return existing;
  const created: Record<string, unknown> = {};
  setProperty(resource, location.schemaUrn, created);
  const schemas = resource.schemas;
  if (Array.isArray(schemas) && !schemas.some((urn) => typeof urn === 'string' && urn.toLowerCase() === location.schemaUrn.toLowerCase())) {
    schemas.push(location.schemaUrn);
  }
  return created;
}

/** An emptied extension object is removed together with its URN in `schemas`. */
export function pruneContainer(resource: Record<string, unknown>, location: AttributeLocation): void {
  if (!location.isExtension) return;
  const container = getContainer(resource, location);
  if (!container || Object.keys(container).length > 0) return;
  deleteProperty(resource, location.schemaUrn);
  if (Array.isArray(resource.schemas)) {
    resource.schemas = resource.schemas.filter(
      (urn) => !(typeof urn === 'string' && urn.toLowerCase() === location.schemaUrn.toLowerCase()),
    );
  }
}

export function readAttribute(resource: Record<string, unknown>, resolved: ResolvedAttributePath): unknown {
  return getProperty(getContainer(resource, resolved), resolved.attribute.name);
}
