import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@app/platform';
import { EntityDeletedEvent } from '@app/org-entities';
import { GroupMapping } from '../domain/group-mapping.entity';
import { revertMapping } from '../domain/mapping-transitions';

/**
 * SPEC §7: the admin deleted a target entity. Its mappings go back to Pending flagged targetDeleted;
 * MappingReverted then unassigns the members. Rules never auto-approve such a mapping again.
 */
@EventsHandler(EntityDeletedEvent)
export class RevertMappingsOnEntityDeletedHandler implements IEventHandler<EntityDeletedEvent> {
  constructor(private readonly transactions: TransactionRunner) {}

  async handle(event: EntityDeletedEvent): Promise<void> {
    await this.transactions.run(async ({ em, raise }) => {
      const mappings = await em.find(GroupMapping, { organizationId: event.organizationId, entityId: event.entityId, status: { $ne: 'rejected' } });
      for (const mapping of mappings) {
        const reverted = revertMapping(mapping, { targetDeleted: true });
        if (reverted) raise(reverted);
      }
    });
  }
}
