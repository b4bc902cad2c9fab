import { Command } from '@nestjs/cqrs';
import type { EntityRef, EntityType } from '../../domain/entity-types';

export class CreateEntityCommand extends Command<EntityRef> {
  constructor(
    readonly organizationId: string,
    readonly type: EntityType,
    readonly name: string,
  ) {
    super();
  }
}
