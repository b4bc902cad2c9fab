import { CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { GetUsersByIdsQuery } from '@app/scim-users';
import { RoleRecomputer } from '../../domain/role-recomputer';
import { RecomputeRolesCommand } from './recompute-roles.command';

@CommandHandler(RecomputeRolesCommand)
export class RecomputeRolesHandler implements ICommandHandler<RecomputeRolesCommand, { changed: number }> {
  constructor(
    private readonly recomputer: RoleRecomputer,
    private readonly queries: QueryBus,
  ) {}

  async execute({ organizationId, userIds }: RecomputeRolesCommand): Promise<{ changed: number }> {
    const targets = userIds ? await this.usersOfOrganization(organizationId, userIds) : await this.recomputer.knownUserIds(organizationId);
    const changes = await this.recomputer.recomputeUsers(organizationId, targets);
    return { changed: changes.length };
  }

  /** Caller-supplied ids: never create a role row for an id that is not a user of this organization. */
  private async usersOfOrganization(organizationId: string, userIds: readonly string[]): Promise<string[]> {
    const users = await this.queries.execute(new GetUsersByIdsQuery(organizationId, userIds));
    return users.map((user) => user.id);
  }
}
