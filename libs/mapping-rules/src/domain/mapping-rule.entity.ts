import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import type { RuleType, TargetType } from './mapping-types';

@Entity({ schema: 'mapping_rules', tableName: 'mapping_rule' })
export class MappingRule {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'pattern' | 'autoApprove' | 'priority' | 'enabled';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'text' })
  type!: RuleType;

  /** The prefix or the regular expression; null for Match All. */
  @Property({ type: 'text', nullable: true })
  pattern: string | null = null;

  @Property({ type: 'text' })
  targetType!: TargetType;

  @Property({ type: 'boolean' })
  autoApprove: boolean = false;

  /** Highest first. */
  @Property({ type: 'integer' })
  priority: number = 0;

  @Property({ type: 'boolean' })
  enabled: boolean = true;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
