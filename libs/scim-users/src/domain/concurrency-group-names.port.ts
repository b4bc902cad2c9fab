import { Inject, Injectable, Optional } from '@nestjs/common';
import { InvalidUserAttributeError } from './user-errors';

/**
 * Whether a concurrency group of that name exists in the organization. Concurrency groups belong
 * to another module; the composition root binds this port to it, so scim-users never imports it.
 */
export interface ConcurrencyGroupNames {
  exists(organizationId: string, name: string): Promise<boolean>;
}

export const CONCURRENCY_GROUP_NAMES = Symbol('ConcurrencyGroupNames');

/** docs/scim-users.md: an unknown LambdatestGroup is 400 invalidValue naming it. Checked when the value changes. */
@Injectable()
export class LambdatestGroupValidator {
  constructor(@Optional() @Inject(CONCURRENCY_GROUP_NAMES) private readonly names?: ConcurrencyGroupNames) {}

  async assertValid(organizationId: string, next: string | null, current: string | null = null): Promise<void> {
    if (!next || !this.names || next.toLowerCase() === current?.toLowerCase()) return;
    if (!(await this.names.exists(organizationId, next))) {
      throw new InvalidUserAttributeError(`LambdatestGroup "${next}" is not a concurrency group of this organization`);
    }
  }
}
