import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { executeBound, isUniqueViolation, isUuid, PreconditionFailedError } from '@app/platform';
import { DisplayNameTakenError, GroupNotFoundError, InvalidGroupAttributeError } from './group-errors';
import { ScimGroup } from './scim-group.entity';

const LIVE_NAME_KEY = 'scim_group_live_name_key';


/** A live group of the organization, row-locked; another organization's id answers as an unknown one. */
export async function loadGroupForUpdate(em: EntityManager, organizationId: string, groupId: string, expectedVersion?: number): Promise<ScimGroup> {
  const group = isUuid(groupId)
    ? await em.findOne(ScimGroup, { id: groupId, organizationId, deletedAt: null }, { lockMode: LockMode.PESSIMISTIC_WRITE })
    : null;
  if (!group) throw new GroupNotFoundError(groupId);
  if (expectedVersion !== undefined && expectedVersion !== group.version) {
    throw new PreconditionFailedError(`Group ${groupId} is at version ${group.version}, not ${expectedVersion}`);
  }
  return group;
}

/** The most recently deleted group of that name, which a create with the same displayName restores. */
export async function findDeletedGroupByName(em: EntityManager, organizationId: string, displayName: string): Promise<ScimGroup | null> {
  const [row] = await executeBound<{ id: string }>(
    em,
    `select id from scim_groups.scim_group where organization_id = ? and lower(display_name) = lower(?) and deleted_at is not null
      order by deleted_at desc limit 1 for update`,
    [organizationId, displayName],
  );
  return row ? em.findOneOrFail(ScimGroup, { id: row.id }) : null;
}

export function touch(group: ScimGroup): void {
  group.version += 1;
  group.updatedAt = new Date();
}

/** The live-name unique index decides races between two creates or renames: the loser gets a 409. */
export async function withUniqueDisplayName<T>(displayName: () => string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error, LIVE_NAME_KEY)) throw new DisplayNameTakenError(displayName());
    throw error;
  }
}

/** SCIM member values as sent (`[{value, display, $ref, type}]`). */
export function memberValues(members: unknown): { value: string; type?: unknown }[] {
  if (members === undefined || members === null) return [];
  if (!Array.isArray(members)) throw new InvalidGroupAttributeError('members must be a list');
  return members.map((member) => {
    const value = typeof member === 'object' && member !== null ? (member as { value?: unknown }).value : undefined;
    if (typeof value !== 'string' || value.trim() === '') throw new InvalidGroupAttributeError('every member needs a string value (a user id)');
    return { value: value.trim(), type: (member as { type?: unknown }).type };
  });
}
