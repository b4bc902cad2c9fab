import { InvalidMappingTargetError } from '../domain/mapping-errors';
import { CREATABLE_TARGET_TYPES, TargetType } from '../domain/mapping-types';
import type { EntityDirectory } from './entity-directory';

export interface AdminTargetChoice {
  entityId?: string;
  createEntityName?: string;
}

/**
 * The entity an admin picked: an existing one of the right type in this org, or a new Team or
 * Concurrency Group created by name (never a Sub-Organization). Undefined when they picked none.
 */
export async function resolveAdminTarget(entities: EntityDirectory, organizationId: string, targetType: TargetType, choice: AdminTargetChoice): Promise<string | undefined> {
  if (choice.entityId && choice.createEntityName) throw new InvalidMappingTargetError('Give either entityId or createEntityName, not both');
  if (choice.createEntityName !== undefined) {
    if (!CREATABLE_TARGET_TYPES.includes(targetType)) throw new InvalidMappingTargetError('A Sub-Organization is never created from a mapping: choose an existing one');
    const name = choice.createEntityName.trim();
    if (!name) throw new InvalidMappingTargetError('createEntityName must not be blank');
    return (await entities.create(organizationId, targetType, name)).id;
  }
  if (choice.entityId !== undefined) {
    const entity = await entities.get(organizationId, targetType, choice.entityId);
    if (!entity) throw new InvalidMappingTargetError(`No ${targetType.replace('_', ' ')} ${choice.entityId} in this organization`);
    return entity.id;
  }
  return undefined;
}
