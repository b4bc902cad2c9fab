import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { executeBound, TransactionRunner } from '@app/platform';
import { DefaultEntityError } from '../../domain/entity-errors';
import { loadEntity } from '../../domain/entity-repository';
import { AssignmentsChangedEvent } from '../../events/assignments-changed.event';
import { EntityDeletedEvent } from '../../events/entity-deleted.event';
import { DeleteEntityCommand } from './delete-entity.command';

@CommandHandler(DeleteEntityCommand)
export class DeleteEntityHandler implements ICommandHandler<DeleteEntityCommand, void> {
  constructor(private readonly transactions: TransactionRunner) {}

  async execute({ organizationId, entityId }: DeleteEntityCommand): Promise<void> {
    await this.transactions.run(async ({ em, raise }) => {
      const entity = await loadEntity(em, organizationId, entityId);
      if (entity.isDefault) throw new DefaultEntityError();
      const users = await executeBound<{ user_id: string }>(
        em,
        `delete from org_entities.assignment where entity_id = ? returning user_id`,
        [entity.id],
      );
      const userIds = [...new Set(users.map((u) => u.user_id))];
      raise(new EntityDeletedEvent(organizationId, entity.id, entity.type, entity.name, userIds));
      if (userIds.length > 0) raise(new AssignmentsChangedEvent(organizationId, userIds));
      em.remove(entity);
    });
  }
}
