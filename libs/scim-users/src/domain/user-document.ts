import { LAMBDATEST_USER_SCHEMA, ORGANIZATION_ROLES, OrganizationRole } from '@app/scim-protocol';
import { InvalidUserAttributeError } from './user-errors';
import type { UserAccount, UserDocument } from './user-account.entity';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Kept in columns, not in the stored document: the columns are the truth for them. */
const COLUMN_ATTRIBUTES = ['id', 'meta', 'schemas', 'userName', 'active', 'groups', 'password'];

export interface UserFields {
  userName: string;
  externalId: string | null;
  displayName: string | null;
  active: boolean | undefined;
  organizationRole: OrganizationRole | null;
  lambdatestGroup: string | null;
  document: UserDocument;
}

export interface UserChanges {
  changed: boolean;
  activeChanged: boolean;
  roleChanged: boolean;
  lambdatestGroupChanged: boolean;
}

function optionalString(value: unknown, name: string): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') throw new InvalidUserAttributeError(`${name} must be a string`);
  return value;
}

function canonicalRole(value: unknown): OrganizationRole | null {
  const role = optionalString(value, 'OrganizationRole');
  if (role === null) return null;
  const canonical = ORGANIZATION_ROLES.find((r) => r.toLowerCase() === role.trim().toLowerCase());
  if (!canonical) throw new InvalidUserAttributeError(`OrganizationRole must be one of ${ORGANIZATION_ROLES.join(', ')}; got "${role}"`);
  return canonical;
}

/** PingOne may mark two emails primary; RFC 7643 allows one, so the first keeps the flag. */
function normalizeEmails(emails: unknown): unknown {
  if (!Array.isArray(emails)) return emails;
  let primarySeen = false;
  return emails.map((email) => {
    if (typeof email !== 'object' || email === null) return email;
    const entry = { ...(email as Record<string, unknown>) };
    if (entry.primary === true) {
      if (primarySeen) entry.primary = false;
      primarySeen = true;
    }
    return entry;
  });
}

/** Validates a canonical SCIM User document (see normalizeResourceInput) and splits it into columns and the rest. */
export function readUserDocument(input: UserDocument): UserFields {
  const userName = input.userName;
  if (typeof userName !== 'string' || userName.trim() === '') throw new InvalidUserAttributeError('userName is required');
  if (!EMAIL.test(userName.trim())) throw new InvalidUserAttributeError(`userName must be an email address; got "${userName}"`);
  const extension = (input[LAMBDATEST_USER_SCHEMA] ?? {}) as Record<string, unknown>;
  const organizationRole = canonicalRole(extension.OrganizationRole);
  const lambdatestGroup = optionalString(extension.LambdatestGroup, 'LambdatestGroup')?.trim() || null;
  const document: UserDocument = {};
  for (const [key, value] of Object.entries(input)) {
    if (!COLUMN_ATTRIBUTES.includes(key) && value !== undefined && value !== null) document[key] = value;
  }
  if (document.emails !== undefined) document.emails = normalizeEmails(document.emails);
  const ltExtension: Record<string, unknown> = { ...extension };
  delete ltExtension.OrganizationRole;
  delete ltExtension.LambdatestGroup;
  if (organizationRole) ltExtension.OrganizationRole = organizationRole;
  if (lambdatestGroup) ltExtension.LambdatestGroup = lambdatestGroup;
  if (Object.keys(ltExtension).length > 0) document[LAMBDATEST_USER_SCHEMA] = ltExtension;
  else delete document[LAMBDATEST_USER_SCHEMA];
  return {
    userName: userName.trim(),
    externalId: optionalString(input.externalId, 'externalId'),
    displayName: optionalString(input.displayName, 'displayName'),
    active: typeof input.active === 'boolean' ? input.active : undefined,
    organizationRole,
    lambdatestGroup,
    document,
  };
}

/** The user as a canonical SCIM document, the input of the PATCH engine. */
export function userDocumentOf(user: UserAccount): UserDocument {
  return { ...user.resource, id: user.id, userName: user.userName, active: user.active };
}

export function sameUserName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Writes the fields onto the account; `active` absent from a PUT keeps the current state. */
export function applyUserFields(user: UserAccount, fields: UserFields): UserChanges {
  const before = JSON.stringify([user.externalId, user.displayName, user.active, user.organizationRole, user.lambdatestGroup, user.resource]);
  const changes: UserChanges = {
    changed: false,
    activeChanged: fields.active !== undefined && fields.active !== user.active,
    roleChanged: (user.organizationRole ?? null) !== fields.organizationRole,
    lambdatestGroupChanged: (user.lambdatestGroup ?? null) !== fields.lambdatestGroup,
  };
  user.externalId = fields.externalId;
  user.displayName = fields.displayName;
  if (fields.active !== undefined) user.active = fields.active;
  user.organizationRole = fields.organizationRole;
  user.lambdatestGroup = fields.lambdatestGroup;
  user.resource = fields.document;
  changes.changed = before !== JSON.stringify([user.externalId, user.displayName, user.active, user.organizationRole, user.lambdatestGroup, user.resource]);
  if (changes.changed) {
    user.version += 1;
    user.updatedAt = new Date();
  }
  return changes;
}
