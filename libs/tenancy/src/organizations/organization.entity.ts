import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

@Entity({ schema: 'tenancy', tableName: 'organization' })
export class Organization {
  [OptionalProps]?: 'groupProvisioningEnabled' | 'createdAt' | 'updatedAt' | 'externalId' | 'disabledAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'text' })
  name!: string;

  /** The platform's own id for this organization: create is idempotent on it. */
  @Property({ type: 'text', nullable: true })
  externalId?: string | null;

  /** Set while the platform has the organization switched off: SCIM and the admin API refuse, data stays. */
  @Property({ type: 'datetime', nullable: true })
  disabledAt?: Date | null;

  @Property({ type: 'boolean' })
  groupProvisioningEnabled: boolean = false;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
