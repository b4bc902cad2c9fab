import { Command } from '@nestjs/cqrs';
import type { GroupDocument } from '../../domain/scim-group.entity';
import type { GroupRecord } from '../../read-model/group-record';

/** PUT /Groups/{id}: the document replaces the group, its member list included. */
export class ReplaceGroupCommand extends Command<GroupRecord> {
  constructor(
    readonly organizationId: string,
    readonly groupId: string,
    readonly document: GroupDocument,
    readonly expectedVersion?: number,
  ) {
    super();
  }
}
