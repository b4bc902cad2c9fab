import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { EntityType } from './entity-types';

/** A Team, Concurrency Group or Sub-Organization of an organization. */
@Entity({ schema: 'org_entities', tableName: 'entity' })
export class OrgEntity {
  [OptionalProps]?: 'isDefault' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'text' })
  type!: EntityType;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'boolean' })
  isDefault: boolean = false;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
