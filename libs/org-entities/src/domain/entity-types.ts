export const ENTITY_TYPES = ['team', 'concurrency_group', 'sub_organization'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export type AssignmentSource = 'scim' | 'user_attribute' | 'manual';

/** Teams add up; a user has exactly one concurrency group and at most one sub-organization. */
export function isExclusive(type: EntityType): boolean {
  return type !== 'team';
}

export interface EntityRef {
  id: string;
  type: EntityType;
  name: string;
}

export interface EntityView extends EntityRef {
  isDefault: boolean;
  memberCount: number;
  createdAt: Date;
  updatedAt: Date;
}

