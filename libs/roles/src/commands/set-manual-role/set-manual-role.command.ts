import { Command } from '@nestjs/cqrs';
import type { Role } from '../../domain/role';

/**
 * An admin's choice of role; null clears it. It only decides while neither the IdP nor any group
 * gives the user a role (docs/roles.md), but it is kept either way for when they stop.
 */
export class SetManualRoleCommand extends Command<void> {
  constructor(
    readonly organizationId: string,
    readonly userId: string,
    readonly role: Role | null,
  ) {
    super();
  }
}
