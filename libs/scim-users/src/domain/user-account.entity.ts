import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

export type UserDocument = Record<string, unknown>;

/**
 * A person's account in one organization. `resource` holds the canonical SCIM attributes the IdP
 * sent; the columns beside it are the ones the platform filters, indexes and reacts to.
 */
@Entity({ schema: 'scim_users', tableName: 'user_account' })
export class UserAccount {
  [OptionalProps]?: 'active' | 'scimManaged' | 'version' | 'createdAt' | 'updatedAt' | 'resource';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'text' })
  userName!: string;

  @Property({ type: 'text', nullable: true })
  externalId?: string | null;

  @Property({ type: 'text', nullable: true })
  displayName?: string | null;

  @Property({ type: 'boolean' })
  active: boolean = true;

  /** false for members an admin invited by hand, until an IdP adopts them. */
  @Property({ type: 'boolean' })
  scimManaged: boolean = false;

  @Property({ type: 'text', nullable: true })
  organizationRole?: string | null;

  @Property({ type: 'text', nullable: true })
  lambdatestGroup?: string | null;

  @Property({ type: 'json' })
  resource: UserDocument = {};

  @Property({ type: 'integer' })
  version: number = 1;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  updatedAt: Date = new Date();
}
