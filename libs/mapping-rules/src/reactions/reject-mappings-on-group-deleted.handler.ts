import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@app/platform';
import { GroupDeletedEvent } from '@app/scim-groups';
import { GroupMapping } from '../domain/group-mapping.entity';
import { rejectMapping } from '../domain/mapping-transitions';

/** SPEC §5: a deleted group's mappings become Rejected; MappingRejected then unassigns its members. */
@EventsHandler(GroupDeletedEvent)
export class RejectMappingsOnGroupDeletedHandler implements IEventHandler<GroupDeletedEvent> {
  constructor(private readonly transactions: TransactionRunner) {}

  async handle({ organizationId, groupId }: GroupDeletedEvent): Promise<void> {
    await this.transactions.run(async ({ em, raise }) => {
      const mappings = await em.find(GroupMapping, { organizationId, groupId, status: { $ne: 'rejected' } });
      for (const mapping of mappings) {
        const rejected = rejectMapping(mapping, 'system');
        if (rejected) raise(rejected);
      }
    });
  }
}
