import { Entity, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';

/** Only the SHA-256 of a token is stored; the token itself is shown once, when issued. */
@Entity({ schema: 'tenancy', tableName: 'scim_token' })
export class ScimToken {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Property({ type: 'uuid' })
  organizationId!: string;

  @Property({ type: 'text' })
  tokenHash!: string;

  /** The first characters of the token, enough for an admin to recognise it, useless to an attacker. */
  @Property({ type: 'text' })
  prefix!: string;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', nullable: true })
  lastUsedAt?: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date;

  @Property({ type: 'datetime', nullable: true })
  expiresAt?: Date;
}
