import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@app/platform';
import { loadEntity, refOf, validName, withUniqueName } from '../../domain/entity-repository';
import type { EntityRef } from '../../domain/entity-types';
import { EntityRenamedEvent } from '../../events/entity-renamed.event';
import { RenameEntityCommand } from './rename-entity.command';

@CommandHandler(RenameEntityCommand)
export class RenameEntityHandler implements ICommandHandler<RenameEntityCommand, EntityRef> {
  constructor(private readonly transactions: TransactionRunner) {}

  execute({ organizationId, entityId, name }: RenameEntityCommand): Promise<EntityRef> {
    const validated = validName(name);
    return withUniqueName(validated, () =>
      this.transactions.run(async ({ em, raise }) => {
        const entity = await loadEntity(em, organizationId, entityId);
        if (entity.name !== validated) {
          raise(new EntityRenamedEvent(organizationId, entity.id, entity.type, entity.name, validated));
          entity.name = validated;
          await em.flush();
        }
        return refOf(entity);
      }),
    );
  }
}
