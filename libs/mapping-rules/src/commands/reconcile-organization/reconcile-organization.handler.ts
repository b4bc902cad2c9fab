import { CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { TransactionRunner } from '@app/platform';
import { GetGroupMemberIdsQuery } from '@app/scim-groups';
import { AssignmentSync } from '../../assignments/assignment-sync';
import { EntityDirectory } from '../../entities/entity-directory';
import { RoleRecomputer } from '../../entities/role-recomputer';
import { ReconcileOrganizationCommand, ReconcileReport } from './reconcile-organization.command';

@CommandHandler(ReconcileOrganizationCommand)
export class ReconcileOrganizationHandler implements ICommandHandler<ReconcileOrganizationCommand, ReconcileReport> {
  constructor(
    private readonly db: TransactionRunner,
    private readonly queries: QueryBus,
    private readonly entities: EntityDirectory,
    private readonly sync: AssignmentSync,
    private readonly roles: RoleRecomputer,
  ) {}

  async execute({ organizationId }: ReconcileOrganizationCommand): Promise<ReconcileReport> {
    // Whoever could hold a SCIM-derived assignment: members of any group that ever had a mapping,
    // and whoever org-entities says holds one now (stale rows are taken away by the recompute).
    const groups = await this.db.query<{ groupId: string }>(
      `select distinct group_id as "groupId" from mapping_rules.group_mapping where organization_id = ?`,
      [organizationId],
    );
    const users = new Set(await this.entities.scimAssignedUserIds(organizationId));
    for (const { groupId } of groups) {
      for (const userId of await this.queries.execute(new GetGroupMemberIdsQuery(organizationId, groupId))) users.add(userId);
    }
    const assignments = await this.sync.recompute(organizationId, [...users]);
    const roles = await this.roles.recompute(organizationId);
    return { assignments, roles };
  }
}
