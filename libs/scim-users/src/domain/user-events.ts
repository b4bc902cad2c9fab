import type { DurableEventBase } from '@app/platform';
import { UserDeactivatedEvent } from '../events/user-deactivated.event';
import { UserProvisionedEvent } from '../events/user-provisioned.event';
import { UserLambdatestGroupChangedEvent } from '../events/user-lambdatest-group-changed.event';
import { UserReactivatedEvent } from '../events/user-reactivated.event';
import { UserRoleInputChangedEvent } from '../events/user-role-input-changed.event';
import type { UserAccount } from './user-account.entity';
import type { UserChanges } from './user-document';

/** The events an update of an existing account raises, from what actually changed. */
export function eventsForUpdate(user: UserAccount, changes: UserChanges): DurableEventBase[] {
  const events: DurableEventBase[] = [];
  const { organizationId, id } = user;
  if (changes.activeChanged) events.push(user.active ? new UserReactivatedEvent(organizationId, id) : new UserDeactivatedEvent(organizationId, id));
  if (changes.roleChanged) events.push(new UserRoleInputChangedEvent(organizationId, id, user.organizationRole ?? null));
  if (changes.lambdatestGroupChanged) events.push(new UserLambdatestGroupChangedEvent(organizationId, id, user.lambdatestGroup ?? null));
  return events;
}

/** The IdP took over an admin-invited account: the same event as a create, with `adopted`. */
export function adoptionEvent(user: UserAccount): UserProvisionedEvent {
  return new UserProvisionedEvent(user.organizationId, user.id, user.userName, user.active, user.organizationRole ?? null, user.lambdatestGroup ?? null, true);
}
