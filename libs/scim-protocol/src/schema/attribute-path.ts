import { AttributeDefinition, ResourceSchema, ResourceTypeDefinition } from './attribute-definition';
import { schemasOf } from './resource-types';

export interface ResolvedAttributePath {
  schemaUrn: string;
  isExtension: boolean;
  attribute: AttributeDefinition;
  subAttribute?: AttributeDefinition;
  /** Canonical spelling: `name.givenName`, `emails.value`, `urn:…:2.0:User:OrganizationRole`. */
  path: string;
}

export function findSchema(resourceType: ResourceTypeDefinition, urn: string): ResourceSchema | undefined {
  const wanted = urn.toLowerCase();
  return schemasOf(resourceType).find((schema) => schema.id.toLowerCase() === wanted);
}

export function findAttribute(
  attributes: readonly AttributeDefinition[] | undefined,
  name: string,
): AttributeDefinition | undefined {
  const wanted = name.toLowerCase();
  return attributes?.find((attribute) => attribute.name.toLowerCase() === wanted);
}

export function canonicalPath(schemaUrn: string, isExtension: boolean, attribute: string, subAttribute?: string): string {
  const local = subAttribute ? `${attribute}.${subAttribute}` : attribute;
  return isExtension ? `${schemaUrn}:${local}` : local;
}

/**
 * Resolves a SCIM attribute path (RFC 7644 §3.10) case-insensitively. URN prefixes are matched against
 * the resource type's own schemas before splitting on '.', because URNs contain dots ("2.0").
 * Returns undefined for anything unknown, so each caller can pick the right scimType.
 */
export function resolveAttributePath(
  resourceType: ResourceTypeDefinition,
  path: string,
): ResolvedAttributePath | undefined {
  const trimmed = path.trim();
  const lower = trimmed.toLowerCase();
  let schema = resourceType.schema;
  let isExtension = false;
  let local = trimmed;

  // Longest URN first so that no schema id shadows a longer one sharing its prefix.
  const candidates = schemasOf(resourceType).sort((a, b) => b.id.length - a.id.length);
  const prefixed = candidates.find((candidate) => lower.startsWith(`${candidate.id.toLowerCase()}:`));
  if (prefixed) {
    schema = prefixed;
    isExtension = prefixed !== resourceType.schema;
    local = trimmed.slice(prefixed.id.length + 1);
  } else if (lower.startsWith('urn:')) {
    return undefined;
  }

  const parts = local.split('.');
  if (parts.length > 2 || parts.some((part) => part.length === 0)) return undefined;

  const attribute = findAttribute(schema.attributes, parts[0]);
  if (!attribute) return undefined;
  if (parts.length === 1) {
    return { schemaUrn: schema.id, isExtension, attribute, path: canonicalPath(schema.id, isExtension, attribute.name) };
  }
  const subAttribute = findAttribute(attribute.subAttributes, parts[1]);
  if (!subAttribute) return undefined;
  return {
    schemaUrn: schema.id,
    isExtension,
    attribute,
    subAttribute,
    path: canonicalPath(schema.id, isExtension, attribute.name, subAttribute.name),
  };
}
