import { buildMeta, CORE_GROUP_SCHEMA, LAMBDATEST_GROUP_SCHEMA } from '@app/scim-protocol';
import type { GroupRecord } from '../read-model/group-record';

/** The SCIM Group resource; `members` appears only when the record carries them. */
export function toScimGroup(group: GroupRecord, scimBaseUrl: string): Record<string, unknown> {
  const resource: Record<string, unknown> = {
    schemas: group.roles.length > 0 ? [CORE_GROUP_SCHEMA, LAMBDATEST_GROUP_SCHEMA] : [CORE_GROUP_SCHEMA],
    id: group.id,
    ...group.resource,
    displayName: group.displayName,
  };
  if (group.externalId) resource.externalId = group.externalId;
  if (group.members) {
    resource.members = group.members.map((member) => ({
      value: member.userId,
      display: member.userName,
      $ref: `${scimBaseUrl}/Users/${member.userId}`,
      type: 'User',
    }));
  }
  if (group.roles.length > 0) resource[LAMBDATEST_GROUP_SCHEMA] = { LambdatestRoles: group.roles };
  resource.meta = buildMeta({
    resourceType: 'Group',
    created: group.createdAt,
    lastModified: group.updatedAt,
    location: `${scimBaseUrl}/Groups/${group.id}`,
    version: group.version,
  });
  return resource;
}
