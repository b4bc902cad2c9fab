import { Command } from '@nestjs/cqrs';
import type { MappingView } from '../../read-model/mapping-view';

/** Points a live mapping at another existing entity of its type; a syncing one moves its members. */
export class RetargetMappingCommand extends Command<MappingView> {
  constructor(
    readonly organizationId: string,
    readonly mappingId: string,
    readonly entityId: string,
  ) {
    super();
  }
}
