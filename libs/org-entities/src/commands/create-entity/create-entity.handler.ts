import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@app/platform';
import { refOf, validName, withUniqueName } from '../../domain/entity-repository';
import type { EntityRef } from '../../domain/entity-types';
import { OrgEntity } from '../../domain/org-entity.entity';
import { CreateEntityCommand } from './create-entity.command';

@CommandHandler(CreateEntityCommand)
export class CreateEntityHandler implements ICommandHandler<CreateEntityCommand, EntityRef> {
  constructor(private readonly transactions: TransactionRunner) {}

  execute({ organizationId, type, name }: CreateEntityCommand): Promise<EntityRef> {
    const validated = validName(name);
    return withUniqueName(validated, () =>
      this.transactions.run(async ({ em }) => {
        const entity = em.create(OrgEntity, { organizationId, type, name: validated });
        await em.flush();
        return refOf(entity);
      }),
    );
  }
}
