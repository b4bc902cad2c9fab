import { Injectable } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApplyScimAssignmentsCommand, ListScimAssignedUserIdsQuery, ReconcileUserAttributesCommand } from '@app/org-entities';
import type { ScimAssignment, UserAttributeInput, UserAttributesReconciled } from '@app/org-entities';

/** Where SCIM-derived assignments end up: org-entities holds them, this module computes them. */
@Injectable()
export class OrgEntitiesPort {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  scimAssignedUserIds(organizationId: string): Promise<string[]> {
    return this.queries.execute(new ListScimAssignedUserIdsQuery(organizationId));
  }

  applyScimAssignments(organizationId: string, assignments: ScimAssignment[], keepTeamSuppressions = false): Promise<{ usersChanged: number }> {
    return this.commands.execute(new ApplyScimAssignmentsCommand(organizationId, assignments, { keepTeamSuppressions }));
  }

  reconcileUserAttributes(organizationId: string, users: UserAttributeInput[]): Promise<UserAttributesReconciled> {
    return this.commands.execute(new ReconcileUserAttributesCommand(organizationId, users));
  }
}
