import { AttributeDefinition, ResourceSchema, ResourceTypeDefinition } from '../schema/attribute-definition';
import { findAttribute, findSchema, resolveAttributePath } from '../schema/attribute-path';
import { parseAttributeList } from '../list/list-params';
import { isPlainObject } from '../values/coerce';

export interface ProjectionParams {
  attributes?: string[] | string;
  excludedAttributes?: string[] | string;
}

/** Attributes kept whatever `attributes`/`excludedAttributes` say; meta too, so ETags stay visible. */
const ALWAYS_RETURNED = new Set(['id', 'meta']);

/** A requested/excluded set of canonical names: whole schemas, whole attributes, or single sub-attributes. */
interface Selection {
  schemas: Set<string>;
  attributes: Set<string>;
  subAttributes: Map<string, Set<string>>;
}

function attributeKey(schema: ResourceSchema, attribute: AttributeDefinition): string {
  return `${schema.id}:${attribute.name}`.toLowerCase();
}

function buildSelection(resourceType: ResourceTypeDefinition, names: string[] | undefined): Selection | undefined {
  if (!names) return undefined;
  const selection: Selection = { schemas: new Set(), attributes: new Set(), subAttributes: new Map() };
  for (const name of names) {
    const schema = findSchema(resourceType, name);
    if (schema) {
      selection.schemas.add(schema.id.toLowerCase());
      continue;
    }
    // Unknown names are ignored: RFC 7644 §3.9 gives no error for them and clients send vendor names.
    const resolved = resolveAttributePath(resourceType, name);
    if (!resolved) continue;
    const key = `${resolved.schemaUrn}:${resolved.attribute.name}`.toLowerCase();
    if (!resolved.subAttribute) {
      selection.attributes.add(key);
    } else {
      const subs = selection.subAttributes.get(key) ?? new Set<string>();
      subs.add(resolved.subAttribute.name);
      selection.subAttributes.set(key, subs);
    }
  }
  return selection;
}

/**
 * RFC 7644 §3.9 projection. Tolerates absent attributes, so a module may leave out what it knows
 * will not be returned (see `isAttributeRequested`). `returned: never` attributes are always removed.
 * When both lists are given, `attributes` wins.
 */
export function projectResource(
  resource: Record<string, unknown>,
  resourceType: ResourceTypeDefinition,
  params: ProjectionParams = {},
): Record<string, unknown> {
  const requested = buildSelection(resourceType, parseAttributeList(params.attributes));
  const excluded = requested ? undefined : buildSelection(resourceType, parseAttributeList(params.excludedAttributes));
  const output: Record<string, unknown> = {};

  for (const [key, value] of Object.entries(resource)) {
    if (key === 'schemas') {
      output[key] = value;
      continue;
    }
    const extension = resourceType.extensions.find((candidate) => candidate.schema.id.toLowerCase() === key.toLowerCase());
    if (extension) {
      if (!isPlainObject(value)) continue;
      const projected = projectContainer(value, extension.schema, requested, excluded, false);
      if (Object.keys(projected).length > 0) output[extension.schema.id] = projected;
      continue;
    }
    const attribute = findAttribute(resourceType.schema.attributes, key);
    if (!attribute) {
      // Not ours to understand; keep it unless the client asked for a specific attribute set.
      if (!requested) output[key] = value;
      continue;
    }
    Object.assign(output, projectContainer({ [key]: value }, resourceType.schema, requested, excluded, true));
  }
  return output;
}

function projectContainer(
  container: Record<string, unknown>,
  schema: ResourceSchema,
  requested: Selection | undefined,
  excluded: Selection | undefined,
  isCore: boolean,
): Record<string, unknown> {
  const output: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(container)) {
    const attribute = findAttribute(schema.attributes, key);
    if (!attribute || attribute.returned === 'never') continue;
    const projected = projectAttribute(attribute, value, schema, requested, excluded, isCore);
    if (projected !== undefined) output[attribute.name] = projected;
  }
  return output;
}

function projectAttribute(
  attribute: AttributeDefinition,
  value: unknown,
  schema: ResourceSchema,
  requested: Selection | undefined,
  excluded: Selection | undefined,
  isCore: boolean,
): unknown {
  if (attribute.returned === 'always' || (isCore && ALWAYS_RETURNED.has(attribute.name))) return stripNever(attribute, value);
  const key = attributeKey(schema, attribute);
  const schemaKey = schema.id.toLowerCase();

  if (requested) {
    if (requested.attributes.has(key) || requested.schemas.has(schemaKey)) return stripNever(attribute, value);
    const subs = requested.subAttributes.get(key);
    if (!subs) return undefined;
    return pickSubAttributes(attribute, value, (sub) => sub.returned === 'always' || subs.has(sub.name));
  }

  if (attribute.returned === 'request') return undefined;
  if (excluded) {
    if (excluded.attributes.has(key) || excluded.schemas.has(schemaKey)) return undefined;
    const subs = excluded.subAttributes.get(key);
    if (subs) return pickSubAttributes(attribute, value, (sub) => sub.returned === 'always' || !subs.has(sub.name));
  }
  return stripNever(attribute, value);
}

function stripNever(attribute: AttributeDefinition, value: unknown): unknown {
  if (!attribute.subAttributes?.some((sub) => sub.returned === 'never')) return value;
  return pickSubAttributes(attribute, value, (sub) => sub.returned !== 'never');
}

function pickSubAttributes(attribute: AttributeDefinition, value: unknown, keep: (sub: AttributeDefinition) => boolean): unknown {
  const pick = (element: unknown): Record<string, unknown> | undefined => {
    if (!isPlainObject(element)) return undefined;
    const picked: Record<string, unknown> = {};
    for (const [key, subValue] of Object.entries(element)) {
      const sub = findAttribute(attribute.subAttributes, key);
      if (sub && sub.returned !== 'never' && keep(sub)) picked[sub.name] = subValue;
    }
    return Object.keys(picked).length > 0 ? picked : undefined;
  };
  if (Array.isArray(value)) {
    const picked = value.map(pick).filter((element) => element !== undefined);
    return picked.length > 0 ? picked : undefined;
  }
  return pick(value);
}

/**
 * Whether `path` (e.g. `members`) will appear in the response, so a module can skip loading it.
 * True when the attribute or any of its sub-attributes is needed.
 */
export function isAttributeRequested(path: string, resourceType: ResourceTypeDefinition, params: ProjectionParams = {}): boolean {
  const resolved = resolveAttributePath(resourceType, path);
  if (!resolved) return false;
  const { attribute, subAttribute } = resolved;
  const returned = subAttribute?.returned === 'never' ? 'never' : attribute.returned;
  if (returned === 'never') return false;
  if (returned === 'always' || (!resolved.isExtension && ALWAYS_RETURNED.has(attribute.name))) return true;

  const key = `${resolved.schemaUrn}:${attribute.name}`.toLowerCase();
  const schemaKey = resolved.schemaUrn.toLowerCase();
  const requested = buildSelection(resourceType, parseAttributeList(params.attributes));
  if (requested) {
    if (requested.attributes.has(key) || requested.schemas.has(schemaKey)) return true;
    const subs = requested.subAttributes.get(key);
    if (!subs) return false;
    return subAttribute ? subs.has(subAttribute.name) || subAttribute.returned === 'always' : true;
  }
  if (returned === 'request') return false;
  const excluded = buildSelection(resourceType, parseAttributeList(params.excludedAttributes));
  if (!excluded) return true;
  if (excluded.attributes.has(key) || excluded.schemas.has(schemaKey)) return false;
  const subs = excluded.subAttributes.get(key);
  if (subs && subAttribute) return !subs.has(subAttribute.name);
  // Excluding one sub-attribute (`members.display`) still returns the others.
  return true;
}
