import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { MappingCreator, MappingDecider, MappingStatus, TargetType } from './mapping-types';

/** Links one SCIM group to one target entity (by id: entities live in org-entities). */
@Entity({ schema: 'mapping_rules', tableName: 'group_mapping' })
export class GroupMapping {
  [OptionalProps]?: 'targetDeleted' | 'createdAt' | 'updatedAt' | 'entityId' | 'ruleId' | 'decidedBy' | 'pendingReason';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'uuid' })
  groupId!: string;

  @Property({ type: 'text' })
  targetType!: TargetType;

  /** Null while Pending without a chosen target. */
  @Property({ type: 'uuid', nullable: true })
  entityId: string | null = null;

  @Property({ type: 'text' })
  status!: MappingStatus;

  /** The admin deleted the target: Pending until an admin re-targets or approves with a new entity. */
  @Property({ type: 'boolean' })
  targetDeleted: boolean = false;

  /** The rule that made it; null when an admin made it. */
  @Property({ type: 'uuid', nullable: true })
  ruleId: string | null = null;

  @Property({ type: 'text' })
  createdBy!: MappingCreator;

  @Property({ type: 'text', nullable: true })
  decidedBy: MappingDecider | null = null;

  /** Why a rule could not auto-approve it (a product rule refused the target); cleared on approval. */
  @Property({ type: 'text', nullable: true })
  pendingReason: string | null = null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
