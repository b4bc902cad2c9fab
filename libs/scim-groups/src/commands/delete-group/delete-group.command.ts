import { Command } from '@nestjs/cqrs';

/** DELETE /Groups/{id}: a soft delete; the group disappears from SCIM and stops giving anything. */
export class DeleteGroupCommand extends Command<void> {
  constructor(
    readonly organizationId: string,
    readonly groupId: string,
    readonly expectedVersion?: number,
  ) {
    super();
  }
}
