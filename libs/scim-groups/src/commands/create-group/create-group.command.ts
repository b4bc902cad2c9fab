import { Command } from '@nestjs/cqrs';
import type { GroupDocument } from '../../domain/scim-group.entity';
import type { GroupRecord } from '../../read-model/group-record';

/** POST /Groups: create the group, or restore the organization's deleted group of that displayName (same id). */
export class CreateGroupCommand extends Command<{ group: GroupRecord; restored: boolean }> {
  constructor(
    readonly organizationId: string,
    readonly document: GroupDocument,
  ) {
    super();
  }
}
