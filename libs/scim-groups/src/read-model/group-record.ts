import type { GroupDocument, ScimGroup } from '../domain/scim-group.entity';

export interface GroupMemberRecord {
  userId: string;
  userName: string;
}

/**
 * A group as plain data. `members` and `memberCount` are present only when members were asked for:
 * a read that excludes them never touches the membership rows (100k-member groups). The admin
 * dashboard gets counts from SearchGroupsQuery and ListGroupMembersQuery.
 */
export interface GroupRecord {
  id: string;
  organizationId: string;
  displayName: string;
  externalId: string | null;
  roles: string[];
  resource: GroupDocument;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  memberCount?: number;
  members?: GroupMemberRecord[];
}

export const GROUP_RECORD_COLUMNS = 'g.id, g.organization_id, g.display_name, g.external_id, g.roles, g.resource, g.version, g.created_at, g.updated_at';

export interface GroupRow {
  id: string;
  organization_id: string;
  display_name: string;
  external_id: string | null;
  roles: string[];
  resource: GroupDocument;
  version: number;
  created_at: Date | string;
  updated_at: Date | string;
}

export function recordFromRow(row: GroupRow): GroupRecord {
  return {
    id: row.id,
    organizationId: row.organization_id,
    displayName: row.display_name,
    externalId: row.external_id,
    roles: row.roles,
    resource: row.resource,
    version: row.version,
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}

export function withMembers(record: GroupRecord, members: GroupMemberRecord[]): GroupRecord {
  record.members = members;
  record.memberCount = members.length;
  return record;
}

export function recordFromEntity(group: ScimGroup, members?: GroupMemberRecord[]): GroupRecord {
  return {
    id: group.id,
    organizationId: group.organizationId,
    displayName: group.displayName,
    externalId: group.externalId ?? null,
    roles: [...group.roles],
    resource: group.resource,
    version: group.version,
    createdAt: group.createdAt,
    updatedAt: group.updatedAt,
    ...(members ? { members, memberCount: members.length } : {}),
  };
}
