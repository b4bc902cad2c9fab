import { Command } from '@nestjs/cqrs';
import type { TargetType } from '../../domain/mapping-types';
import type { AdminTargetChoice } from '../../ports/admin-target';
import type { MappingView } from '../../read-model/mapping-view';

/** An admin maps a group by hand: Approved when a target is given, else Pending without one. */
export class CreateMappingCommand extends Command<MappingView> {
  constructor(
    readonly organizationId: string,
    readonly groupId: string,
    readonly targetType: TargetType,
    readonly target: AdminTargetChoice,
  ) {
    super();
  }
}
