import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ReconcileRolesCommand } from '@app/roles';
import type { RoleInputOfUser } from '@app/roles';

/** Roles are derived state too: reconcile has the roles module recompute every user of the org. */
@Injectable()
export class RolesPort {
  constructor(private readonly commands: CommandBus) {}

  reconcileOrganization(organizationId: string, users: RoleInputOfUser[]): Promise<{ changed: number }> {
    return this.commands.execute(new ReconcileRolesCommand(organizationId, users));
  }
}
