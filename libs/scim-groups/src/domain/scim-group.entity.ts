import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

export type GroupDocument = Record<string, unknown>;

/** A group the IdP pushed. Its members live in `group_member`, never on this row. */
@Entity({ schema: 'scim_groups', tableName: 'scim_group' })
export class ScimGroup {
  [OptionalProps]?: 'roles' | 'resource' | 'version' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'text' })
  displayName!: string;

  @Property({ type: 'text', nullable: true })
  externalId?: string | null;

  /** LambdatestRoles, canonical (Admin | User | Guest), applied to every member. */
  @Property({ type: 'text[]' })
  roles: string[] = [];

  @Property({ type: 'json' })
  resource: GroupDocument = {};

  @Property({ type: 'integer' })
  version: number = 1;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  deletedAt?: Date | null;
}
