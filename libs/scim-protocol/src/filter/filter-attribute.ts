import { ResourceTypeDefinition } from '../schema/attribute-definition';
import { ResolvedAttributePath, resolveAttributePath } from '../schema/attribute-path';

/** Names real clients filter on that no schema defines: PingOne's own examples write `email Co "%s"`. */
const FILTER_ALIASES: Record<string, string> = { email: 'emails.value' };

/** Resolves a filter's attribute path, reading a known alias as what it stands for when the schema has no such attribute. */
export function resolveFilterAttribute(resourceType: ResourceTypeDefinition, attrPath: string): ResolvedAttributePath | undefined {
  const resolved = resolveAttributePath(resourceType, attrPath);
  if (resolved) return resolved;
  const alias = FILTER_ALIASES[attrPath.trim().toLowerCase()];
  return alias === undefined ? undefined : resolveAttributePath(resourceType, alias);
}
