import { Command } from '@nestjs/cqrs';
import type { PatchOperation } from '@app/scim-protocol';
import type { UserRecord } from '../../read-model/user-record';

/** PATCH /Users/{id}: all operations apply, or none. */
export class PatchUserCommand extends Command<UserRecord> {
  constructor(
    readonly organizationId: string,
    readonly userId: string,
    readonly operations: PatchOperation[],
    readonly expectedVersion?: number,
  ) {
    super();
  }
}
