import type { UserAccount, UserDocument } from '../domain/user-account.entity';

/** A user as plain data: what queries return and what commands hand back to the edge. */
export interface UserRecord {
  id: string;
  organizationId: string;
  userName: string;
  externalId: string | null;
  displayName: string | null;
  active: boolean;
  scimManaged: boolean;
  organizationRole: string | null;
  lambdatestGroup: string | null;
  resource: UserDocument;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export const USER_RECORD_COLUMNS =
  'u.id, u.organization_id, u.user_name, u.external_id, u.display_name, u.active, u.scim_managed, u.organization_role, u.lambdatest_group, u.resource, u.version, u.created_at, u.updated_at';

export interface UserRow {
  id: string;
  organization_id: string;
  user_name: string;
  external_id: string | null;
  display_name: string | null;
  active: boolean;
  scim_managed: boolean;
  organization_role: string | null;
  lambdatest_group: string | null;
  resource: UserDocument;
  version: number;
  /** The ORM's connection returns timestamps as strings. */
  created_at: Date | string;
  updated_at: Date | string;
}

export function recordFromRow(row: UserRow): UserRecord {
  return {
    id: row.id,
    organizationId: row.organization_id,
    userName: row.user_name,
    externalId: row.external_id,
    displayName: row.display_name,
    active: row.active,
    scimManaged: row.scim_managed,
    organizationRole: row.organization_role,
    lambdatestGroup: row.lambdatest_group,
    resource: row.resource,
    version: row.version,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}

export function recordFromEntity(user: UserAccount): UserRecord {
  return {
    id: user.id,
    organizationId: user.organizationId,
    userName: user.userName,
    externalId: user.externalId ?? null,
    displayName: user.displayName ?? null,
    active: user.active,
    scimManaged: user.scimManaged,
    organizationRole: user.organizationRole ?? null,
    lambdatestGroup: user.lambdatestGroup ?? null,
    resource: user.resource,
    version: user.version,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
  };
}
