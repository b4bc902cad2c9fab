import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ReadSide, TransactionRunner } from '@app/platform';
import { MappingNotFoundError } from '../../domain/mapping-errors';
import { assertEntityFree, findMapping, withLiveTargetGuard } from '../../domain/mapping-repository';
import { approveMapping, assertNotRejected } from '../../domain/mapping-transitions';
import { isSyncing } from '../../domain/mapping-types';
import { resolveAdminTarget } from '../../ports/admin-target';
import { EntityDirectory } from '../../ports/entity-directory';
import { MappingView, mappingViewFromEntity } from '../../read-model/mapping-view';
import { RetargetMappingCommand } from './retarget-mapping.command';

@CommandHandler(RetargetMappingCommand)
export class RetargetMappingHandler implements ICommandHandler<RetargetMappingCommand, MappingView> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly reads: ReadSide,
    private readonly entities: EntityDirectory,
  ) {}

  async execute({ organizationId, mappingId, entityId }: RetargetMappingCommand): Promise<MappingView> {
    const before = await this.reads.entities(async (em) => {
      const mapping = await findMapping(em, organizationId, mappingId);
      if (!mapping) throw new MappingNotFoundError(`Mapping ${mappingId} not found`);
      assertNotRejected(mapping, 're-targeted');
      return mappingViewFromEntity(mapping);
    });
    await resolveAdminTarget(this.entities, organizationId, before.targetType, { entityId });
    return withLiveTargetGuard(before.targetType, entityId, () =>
      this.transactions.run(async ({ em, raise }) => {
        const mapping = (await findMapping(em, organizationId, mappingId))!;
        assertNotRejected(mapping, 're-targeted');
        if (mapping.entityId === entityId && !mapping.targetDeleted) return mappingViewFromEntity(mapping);
        await assertEntityFree(em, organizationId, mapping.targetType, entityId, mapping.id);
        if (isSyncing(mapping.status)) {
          raise(approveMapping(mapping, entityId, 'admin'));
        } else {
          mapping.entityId = entityId;
          mapping.targetDeleted = false;
          mapping.decidedBy = 'admin';
        }
        await em.flush();
        return mappingViewFromEntity(mapping);
      }),
    );
  }
}
