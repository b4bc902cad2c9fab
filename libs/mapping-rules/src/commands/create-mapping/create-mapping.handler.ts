import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@app/platform';
import { GroupMapping } from '../../domain/group-mapping.entity';
import { assertEntityFree, withLiveTargetGuard } from '../../domain/mapping-repository';
import { approveMapping } from '../../domain/mapping-transitions';
import { resolveAdminTarget } from '../../entities/admin-target';
import { EntityDirectory } from '../../entities/entity-directory';
import { GroupDirectory } from '../../entities/group-directory';
import { MappingView, mappingViewFromEntity } from '../../read-model/mapping-view';
import { CreateMappingCommand } from './create-mapping.command';

@CommandHandler(CreateMappingCommand)
export class CreateMappingHandler implements ICommandHandler<CreateMappingCommand, MappingView> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly entities: EntityDirectory,
    private readonly groups: GroupDirectory,
  ) {}

  async execute({ organizationId, groupId, targetType, target }: CreateMappingCommand): Promise<MappingView> {
    await this.groups.assertLiveGroup(organizationId, groupId);
    if (target.entityId) await this.transactions.run(({ em }) => assertEntityFree(em, organizationId, targetType, target.entityId!));
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
