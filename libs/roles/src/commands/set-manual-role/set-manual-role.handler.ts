import { CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { NotFoundError } from '@app/platform';
import { GetUserQuery } from '@app/scim-users';
import { RoleRecomputer } from '../../domain/role-recomputer';
import { writeRoleInput } from '../../domain/user-role-store';
import { SetManualRoleCommand } from './set-manual-role.command';

@CommandHandler(SetManualRoleCommand)
export class SetManualRoleHandler implements ICommandHandler<SetManualRoleCommand, void> {
  constructor(
    private readonly recomputer: RoleRecomputer,
    private readonly queries: QueryBus,
  ) {}

  async execute({ organizationId, userId, role }: SetManualRoleCommand): Promise<void> {
    // Another organization's user answers exactly like nobody (SPEC §2).
    const user = await this.queries.execute(new GetUserQuery(organizationId, userId));
    if (!user) throw new NotFoundError(`User ${userId} not found`);
    await this.recomputer.recomputeUsers(organizationId, [userId], (em) => writeRoleInput(em, organizationId, userId, 'manual_role', role));
  }
}
