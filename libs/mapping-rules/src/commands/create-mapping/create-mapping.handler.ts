import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ReadSide, TransactionRunner } from '@app/platform';
import { GroupMapping } from '../../domain/group-mapping.entity';
import { assertEntityFree, withLiveTargetGuard } from '../../domain/mapping-repository';
import { approveMapping } from '../../domain/mapping-transitions';
import { resolveAdminTarget } from '../../ports/admin-target';
import { EntityDirectory } from '../../ports/entity-directory';
import { GroupDirectory } from '../../ports/group-directory';
import { MappingView, mappingViewFromEntity } from '../../read-model/mapping-view';
import { CreateMappingCommand } from './create-mapping.command';

@CommandHandler(CreateMappingCommand)
export class CreateMappingHandler implements ICommandHandler<CreateMappingCommand, MappingView> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly reads: ReadSide,
    private readonly entities: EntityDirectory,
    private readonly groups: GroupDirectory,
  ) {}

  async execute({ organizationId, groupId, targetType, target }: CreateMappingCommand): Promise<MappingView> {
    await this.groups.assertLiveGroup(organizationId, groupId);
    if (target.entityId) await this.reads.entities((em) => assertEntityFree(em, organizationId, targetType, target.entityId!));
    // The one step outside this module's transaction: a target created by name is org-entities' own
    // command and must commit before a mapping can point at it. Should the approval below then fail,
    // the new entity stays (empty and visible to the admin), which a retry can name by entityId.
    const entityId = await resolveAdminTarget(this.entities, organizationId, targetType, target);
    return withLiveTargetGuard(targetType, entityId, () =>
      this.transactions.run(async ({ em, raise }) => {
        const mapping = em.create(GroupMapping, { organizationId, groupId, targetType, status: 'pending', createdBy: 'admin', decidedBy: 'admin' });
        if (entityId) {
          await assertEntityFree(em, organizationId, targetType, entityId);
          raise(approveMapping(mapping, entityId, 'admin'));
        }
        await em.flush();
        return mappingViewFromEntity(mapping);
      }),
    );
  }
}
