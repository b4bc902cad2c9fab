import { DurableEventHandler, eventsByOrganization } from '@app/platform';
import { QueryBus } from '@nestjs/cqrs';
import { GetUserQuery, UserInvitedEvent, UserProvisionedEvent, UserRoleInputChangedEvent } from '@app/scim-users';
import { isRole, Role } from '../domain/role';
import { RoleRecomputer } from '../domain/role-recomputer';
import { writeRoleInput } from '../domain/user-role-store';

type UserRoleInputEvent = UserProvisionedEvent | UserInvitedEvent | UserRoleInputChangedEvent;

/**
 * A user appeared or its IdP OrganizationRole changed. The IdP role is read from the user's current
 * state rather than from the event, so a replayed or late event can never bring back an old value.
 */
@DurableEventHandler(UserProvisionedEvent, UserInvitedEvent, UserRoleInputChangedEvent)
export class UserRoleInputsHandler implements DurableEventHandler<UserRoleInputEvent> {
  constructor(
    private readonly recomputer: RoleRecomputer,
    private readonly queries: QueryBus,
  ) {}

  async handle(event: UserRoleInputEvent): Promise<void> {
    await this.handleBatch([event]);
  }

  /** Many users of one organization: their IdP roles written and their roles recomputed in one transaction. */
  async handleBatch(events: UserRoleInputEvent[]): Promise<void> {
    for (const [organizationId, group] of eventsByOrganization(events)) {
      const userIds = group.map((event) => event.userId);
      const inputs: { userId: string; idpRole: Role | null }[] = [];
      for (const userId of userIds) {
        const user = await this.queries.execute(new GetUserQuery(organizationId, userId));
        if (user) inputs.push({ userId, idpRole: isRole(user.organizationRole) ? user.organizationRole : null });
      }
      if (inputs.length === 0) continue;
      await this.recomputer.recomputeUsers(
        organizationId,
        inputs.map((input) => input.userId),
        async (em) => {
          for (const { userId, idpRole } of inputs) await writeRoleInput(em, organizationId, userId, 'idp_role', idpRole);
        },
      );
    }
  }
}
