import { Command } from '@nestjs/cqrs';
import type { EntityRef } from '../../domain/entity-types';

/** Admin renames never break mappings (they hold ids); the next IdP rename of a mapped group overwrites the name. */
export class RenameEntityCommand extends Command<EntityRef> {
  constructor(
    readonly organizationId: string,
    readonly entityId: string,
    readonly name: string,
  ) {
    super();
  }
}
