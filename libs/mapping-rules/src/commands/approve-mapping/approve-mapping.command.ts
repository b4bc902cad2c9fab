import { Command } from '@nestjs/cqrs';
import type { AdminTargetChoice } from '../../ports/admin-target';
import type { MappingView } from '../../read-model/mapping-view';

/** Approves a Pending mapping, on the target it already names or on one the admin picks or creates. */
export class ApproveMappingCommand extends Command<MappingView> {
  constructor(
    readonly organizationId: string,
    readonly mappingId: string,
    readonly target: AdminTargetChoice,
  ) {
    super();
  }
}
