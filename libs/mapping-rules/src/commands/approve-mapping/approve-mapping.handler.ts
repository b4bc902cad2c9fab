import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ReadSide, TransactionRunner } from '@app/platform';
import { InvalidMappingTargetError, MappingNotFoundError, MappingStateError } from '../../domain/mapping-errors';
import { assertEntityFree, findMapping, withLiveTargetGuard } from '../../domain/mapping-repository';
import { approveMapping, assertNotRejected } from '../../domain/mapping-transitions';
import { isSyncing } from '../../domain/mapping-types';
import { resolveAdminTarget } from '../../ports/admin-target';
import { EntityDirectory } from '../../ports/entity-directory';
import { MappingView, mappingViewFromEntity } from '../../read-model/mapping-view';
import { ApproveMappingCommand } from './approve-mapping.command';

@CommandHandler(ApproveMappingCommand)
export class ApproveMappingHandler implements ICommandHandler<ApproveMappingCommand, MappingView> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly reads: ReadSide,
    private readonly entities: EntityDirectory,
  ) {}

  async execute({ organizationId, mappingId, target }: ApproveMappingCommand): Promise<MappingView> {
    // Checked before any entity is created for it; checked again inside the transaction.
    const before = await this.reads.entities(async (em) => {
      const mapping = await findMapping(em, organizationId, mappingId);
      if (!mapping) throw new MappingNotFoundError(`Mapping ${mappingId} not found`);
      assertNotRejected(mapping, 'approved');
      if (isSyncing(mapping.status)) throw new MappingStateError(`Mapping ${mappingId} is already approved: re-target it instead`);
      if (target.entityId) await assertEntityFree(em, organizationId, mapping.targetType, target.entityId, mapping.id);
      return mappingViewFromEntity(mapping);
    });
    // The one step outside this module's transaction: a target created by name is org-entities' own
    // command and must commit before a mapping can point at it. Should the approval below then fail,
    // the new entity stays (empty and visible to the admin), which a retry can name by entityId.
    const chosen = await resolveAdminTarget(this.entities, organizationId, before.targetType, target);
    const entityId = chosen ?? (before.targetDeleted ? null : before.entityId);
    if (!entityId) {
      const why = before.targetDeleted ? 'its target was deleted' : 'it has no target yet';
      throw new InvalidMappingTargetError(`Mapping ${mappingId} cannot be approved as is: ${why}; give entityId or createEntityName`);
    }
    return withLiveTargetGuard(before.targetType, entityId, () =>
      this.transactions.run(async ({ em, raise }) => {
        const mapping = (await findMapping(em, organizationId, mappingId))!;
        if (mapping.status !== 'pending') throw new MappingStateError(`Mapping ${mappingId} changed meanwhile (now ${mapping.status})`);
        await assertEntityFree(em, organizationId, mapping.targetType, entityId, mapping.id);
        raise(approveMapping(mapping, entityId, 'admin'));
        await em.flush();
        return mappingViewFromEntity(mapping);
      }),
    );
  }
}
