import { Command } from '@nestjs/cqrs';
import type { PatchOperation } from '@app/scim-protocol';
import type { GroupRecord } from '../../read-model/group-record';

/** PATCH /Groups/{id}: all operations apply, or none. Members are changed row by row, never loaded. */
/** Result: the group as patched, or undefined when a member-only change was applied without loading it. */
export class PatchGroupCommand extends Command<GroupRecord | undefined> {
  constructor(
    readonly organizationId: string,
    readonly groupId: string,
    readonly operations: PatchOperation[],
    readonly expectedVersion?: number,
  ) {
    super();
  }
}
