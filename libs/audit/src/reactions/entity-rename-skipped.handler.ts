import { DurableEventHandler } from '@app/platform';
import { CommandBus } from '@nestjs/cqrs';
import { EntityRenameSkippedEvent } from '@app/mapping-rules';
import { RecordAdminActionCommand } from '../commands/record-admin-action/record-admin-action.command';

/** The service could not carry a group's new name to its mapped entity: the admin sees it here, not only in the server log. */
@DurableEventHandler(EntityRenameSkippedEvent)
export class EntityRenameSkippedHandler implements DurableEventHandler<EntityRenameSkippedEvent> {
  constructor(private readonly commands: CommandBus) {}

  async handle(event: EntityRenameSkippedEvent): Promise<void> {
    await this.commands.execute(
      new RecordAdminActionCommand({
        organizationId: event.organizationId,
        actor: 'system',
        kind: 'entity.rename_skipped',
        targetType: event.targetType,
        targetId: event.entityId,
        before: { name: event.entityName },
        after: { name: event.entityName, wantedName: event.wantedName, groupId: event.groupId, reason: event.reason },
        dedupeKey: `entity-rename-skipped:${event.occurrenceId}`,
      }),
    );
  }
}
