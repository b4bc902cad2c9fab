import type { EntityManager } from '@mikro-orm/postgresql';
import { isUniqueViolation, isUuid } from '@app/platform';
import { GroupMapping } from './group-mapping.entity';
import { TargetAlreadyMappedError } from './mapping-errors';
import type { TargetType } from './mapping-types';

export const LIVE_TARGET_INDEX = 'group_mapping_live_target_key';

export async function findMapping(em: EntityManager, organizationId: string, id: string): Promise<GroupMapping | null> {
  if (!isUuid(id)) return null;
  return em.findOne(GroupMapping, { id, organizationId });
}

/** The group that already holds this entity through a live mapping, other than `exceptMappingId`. */
export async function liveMappingOfEntity(
  em: EntityManager,
  organizationId: string,
  targetType: TargetType,
  entityId: string,
  exceptMappingId?: string,
): Promise<GroupMapping | null> {
  return em.findOne(GroupMapping, {
    organizationId,
    targetType,
    entityId,
    status: { $ne: 'rejected' },
    ...(exceptMappingId ? { id: { $ne: exceptMappingId } } : {}),
  });
}

export async function assertEntityFree(em: EntityManager, organizationId: string, targetType: TargetType, entityId: string, exceptMappingId?: string): Promise<void> {
  const holder = await liveMappingOfEntity(em, organizationId, targetType, entityId, exceptMappingId);
  if (holder) throw entityTakenError(targetType, entityId, holder.groupId);
}

export function entityTakenError(targetType: TargetType, entityId: string, groupId?: string): TargetAlreadyMappedError {
  const by = groupId ? ` by group ${groupId}` : '';
  return new TargetAlreadyMappedError(`The ${targetType.replace('_', ' ')} ${entityId} is already the target of a live mapping${by}; an entity can be mapped from one group only`);
}

/** Translates the partial unique index lost to a concurrent writer into the same 409. */
export async function withLiveTargetGuard<T>(targetType: TargetType, entityId: string | null | undefined, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error, LIVE_TARGET_INDEX)) throw entityTakenError(targetType, entityId ?? 'chosen');
    throw error;
  }
}

