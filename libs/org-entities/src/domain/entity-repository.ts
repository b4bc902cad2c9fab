import type { EntityManager } from '@mikro-orm/postgresql';
import { isUniqueViolation, isUuid } from '@app/platform';
import { EntityNameTakenError, EntityNotFoundError, InvalidEntityInputError } from './entity-errors';
import { EntityRef } from './entity-types';
import { OrgEntity } from './org-entity.entity';

export async function loadEntity(em: EntityManager, organizationId: string, entityId: string): Promise<OrgEntity> {
  const entity = isUuid(entityId) ? await em.findOne(OrgEntity, { id: entityId, organizationId }) : null;
  if (!entity) throw new EntityNotFoundError(entityId);
  return entity;
}

export function validName(name: unknown): string {
  const trimmed = typeof name === 'string' ? name.trim() : '';
  if (!trimmed || trimmed.length > 200) throw new InvalidEntityInputError('name must be 1 to 200 characters');
  return trimmed;
}

export function refOf(entity: OrgEntity): EntityRef {
  return { id: entity.id, type: entity.type, name: entity.name };
}

/** Names are unique per organization and type, whatever their case; the unique index decides races. */
export async function withUniqueName<T>(name: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error, 'entity_name_key')) throw new EntityNameTakenError(name);
    throw error;
  }
}
