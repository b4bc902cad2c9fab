import { EventsHandler, IEventHandler, QueryBus } from '@nestjs/cqrs';
import { GetUserQuery, UserInvitedEvent, UserProvisionedEvent, UserRoleInputChangedEvent } from '@app/scim-users';
import { isRole } from '../domain/role';
import { RoleRecomputer } from '../domain/role-recomputer';
import { writeRoleInput } from '../domain/user-role-store';

type UserRoleInputEvent = UserProvisionedEvent | UserInvitedEvent | UserRoleInputChangedEvent;

/**
 * A user appeared or its IdP OrganizationRole changed. The IdP role is read from the user's current
 * state rather than from the event, so a replayed or late event can never bring back an old value.
 */
@EventsHandler(UserProvisionedEvent, UserInvitedEvent, UserRoleInputChangedEvent)
export class UserRoleInputsHandler implements IEventHandler<UserRoleInputEvent> {
  constructor(
    private readonly recomputer: RoleRecomputer,
    private readonly queries: QueryBus,
  ) {}

  async handle({ organizationId, userId }: UserRoleInputEvent): Promise<void> {
    const user = await this.queries.execute(new GetUserQuery(organizationId, userId));
    if (!user) return;
    const idpRole = isRole(user.organizationRole) ? user.organizationRole : null;
    await this.recomputer.recomputeUsers(organizationId, [userId], (em) => writeRoleInput(em, organizationId, userId, 'idp_role', idpRole));
  }
}
