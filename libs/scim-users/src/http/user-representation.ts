import { buildMeta, CORE_USER_SCHEMA } from '@app/scim-protocol';
import type { UserRecord } from '../read-model/user-record';

/** The SCIM User resource: the IdP's attributes as stored, the columns that own their values, and meta. */
export function toScimUser(user: UserRecord, scimBaseUrl: string): Record<string, unknown> {
  const extensions = Object.keys(user.resource).filter((key) => key.startsWith('urn:'));
  return {
    schemas: [CORE_USER_SCHEMA, ...extensions],
    id: user.id,
    ...user.resource,
    userName: user.userName,
    active: user.active,
    meta: buildMeta({
      resourceType: 'User',
      created: user.createdAt,
      lastModified: user.updatedAt,
      location: `${scimBaseUrl}/Users/${user.id}`,
      version: user.version,
    }),
  };
}
