import { CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { ListGroupIdsByMappingStateQuery } from '@app/mapping-rules';
import { GetGroupMemberIdsQuery } from '@app/scim-groups';
import { ListUserDerivationInputsQuery } from '@app/scim-users';
import { OrgEntitiesPort } from '../../ports/org-entities-port';
import { RolesPort } from '../../ports/roles-port';
import { ScimAssignmentSync } from '../../sync/scim-assignment-sync';
import { ReconcileOrganizationCommand, ReconcileReport } from './reconcile-organization.command';

@CommandHandler(ReconcileOrganizationCommand)
export class ReconcileOrganizationHandler implements ICommandHandler<ReconcileOrganizationCommand, ReconcileReport> {
  constructor(
    private readonly queries: QueryBus,
    private readonly orgEntities: OrgEntitiesPort,
    private readonly sync: ScimAssignmentSync,
    private readonly roles: RolesPort,
  ) {}

  async execute({ organizationId }: ReconcileOrganizationCommand): Promise<ReconcileReport> {
    // Whoever could hold a SCIM-derived assignment: members of any group that ever had a mapping,
    // and whoever org-entities says holds one now (stale rows are taken away by the sync).
    const groupIds = await this.queries.execute(new ListGroupIdsByMappingStateQuery(organizationId, {}));
    const scimUsers = new Set(await this.orgEntities.scimAssignedUserIds(organizationId));
    for (const groupId of groupIds) {
      for (const userId of await this.queries.execute(new GetGroupMemberIdsQuery(organizationId, groupId))) scimUsers.add(userId);
    }
    const users = await this.queries.execute(new ListUserDerivationInputsQuery(organizationId));
    // Several modules' commands one after the other, none inside another's transaction: each is
    // idempotent, so a failure between them is repaired by running reconcile again.
    const assignments = await this.sync.syncUsers(organizationId, [...scimUsers], true);
    const attributes = await this.orgEntities.reconcileUserAttributes(
      organizationId,
      users.map(({ userId, lambdatestGroup }) => ({ userId, lambdatestGroup })),
    );
    const roles = await this.roles.reconcileOrganization(
      organizationId,
      users.map(({ userId, organizationRole }) => ({ userId, idpRole: organizationRole })),
    );
    return {
      assignments,
      lambdatestGroup: { usersChanged: attributes.lambdatestGroup },
      defaultConcurrencyGroup: { usersChanged: attributes.defaultConcurrencyGroup },
      roles,
      totalChanges: assignments.usersChanged + attributes.lambdatestGroup + attributes.defaultConcurrencyGroup + roles.changed,
    };
  }
}
