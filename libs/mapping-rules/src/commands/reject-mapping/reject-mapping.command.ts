import { Command } from '@nestjs/cqrs';
import type { MappingView } from '../../read-model/mapping-view';

/** The admin's no: the mapping stops syncing and rules never re-create one of its type for that group. */
export class RejectMappingCommand extends Command<MappingView> {
  constructor(
    readonly organizationId: string,
    readonly mappingId: string,
  ) {
    super();
  }
}
