import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { RecomputeRolesCommand } from '@app/roles';

/** Roles are derived state too: reconcile has the roles module recompute the whole org. */
@Injectable()
export class RolesPort {
  constructor(private readonly commands: CommandBus) {}

  recomputeOrganization(organizationId: string): Promise<{ changed: number }> {
    return this.commands.execute(new RecomputeRolesCommand(organizationId));
  }
}
