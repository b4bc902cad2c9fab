import { LAMBDATEST_GROUP_SCHEMA, ORGANIZATION_ROLES, OrganizationRole } from '@app/scim-protocol';
import { InvalidGroupAttributeError } from './group-errors';
import type { GroupDocument, ScimGroup } from './scim-group.entity';

/** Kept in columns or in the membership table, not in the stored document. */
const NOT_STORED = ['id', 'meta', 'schemas', 'displayName', 'externalId', 'members', LAMBDATEST_GROUP_SCHEMA];

export interface GroupFields {
  displayName: string;
  externalId: string | null;
  roles: OrganizationRole[];
  document: GroupDocument;
}

export interface GroupChanges {
  changed: boolean;
  renamedFrom?: string;
  previousRoles?: string[];
}

function canonicalRoles(value: unknown): OrganizationRole[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value) ? value : [value];
  const roles = list.map((entry) => {
    const raw = typeof entry === 'object' && entry !== null ? (entry as { value?: unknown }).value : entry;
    const role = ORGANIZATION_ROLES.find((r) => typeof raw === 'string' && r.toLowerCase() === raw.trim().toLowerCase());
    if (!role) throw new InvalidGroupAttributeError(`LambdatestRoles must hold ${ORGANIZATION_ROLES.join(', ')}; got ${JSON.stringify(raw)}`);
    return role;
  });
  return ORGANIZATION_ROLES.filter((role) => roles.includes(role));
}

/** Validates a canonical SCIM Group document (members excluded: they are handled as set operations). */
export function readGroupDocument(input: GroupDocument): GroupFields {
  const displayName = typeof input.displayName === 'string' ? input.displayName.trim() : '';
  if (!displayName) throw new InvalidGroupAttributeError('displayName is required');
  const externalId = input.externalId;
  if (externalId !== undefined && externalId !== null && typeof externalId !== 'string') throw new InvalidGroupAttributeError('externalId must be a string');
  const extension = (input[LAMBDATEST_GROUP_SCHEMA] ?? {}) as Record<string, unknown>;
  const document: GroupDocument = {};
  for (const [key, value] of Object.entries(input)) {
    if (!NOT_STORED.includes(key) && value !== undefined && value !== null) document[key] = value;
  }
  return { displayName, externalId: (externalId as string | undefined) || null, roles: canonicalRoles(extension.LambdatestRoles), document };
}

/** The group as a canonical SCIM document for the PATCH engine (members are delegated, never loaded). */
export function groupDocumentOf(group: ScimGroup): GroupDocument {
  const document: GroupDocument = { ...group.resource, id: group.id, displayName: group.displayName };
  if (group.externalId) document.externalId = group.externalId;
  if (group.roles.length > 0) document[LAMBDATEST_GROUP_SCHEMA] = { LambdatestRoles: [...group.roles] };
  return document;
}

export function applyGroupFields(group: ScimGroup, fields: GroupFields): GroupChanges {
  const before = JSON.stringify([group.displayName, group.externalId ?? null, group.roles, group.resource]);
  const changes: GroupChanges = { changed: false };
  // A rename to the same name (Okta re-sends it with every membership change) is no rename.
  if (group.displayName !== fields.displayName) changes.renamedFrom = group.displayName;
  if (JSON.stringify(group.roles) !== JSON.stringify(fields.roles)) changes.previousRoles = [...group.roles];
  group.displayName = fields.displayName;
  group.externalId = fields.externalId;
  group.roles = fields.roles;
  group.resource = fields.document;
  changes.changed = before !== JSON.stringify([group.displayName, group.externalId ?? null, group.roles, group.resource]);
  return changes;
}
