import type { Transaction } from '@app/platform';
import { GroupMembersAddedEvent } from '../events/group-members-added.event';
import { GroupMembersRemovedEvent } from '../events/group-members-removed.event';
import { GroupRenamedEvent } from '../events/group-renamed.event';
import { GroupRolesChangedEvent } from '../events/group-roles-changed.event';
import type { GroupChanges } from './group-document';
import { touch } from './group-repository';
import type { ScimGroup } from './scim-group.entity';

/** After PUT or PATCH: bump the version if anything changed and raise exactly what changed. */
export function raiseGroupUpdate(tx: Transaction, group: ScimGroup, changes: GroupChanges, membership: { added: string[]; removed: string[] }): void {
  const { organizationId, id } = group;
  if (changes.changed || membership.added.length > 0 || membership.removed.length > 0) touch(group);
  if (changes.renamedFrom !== undefined) tx.raise(new GroupRenamedEvent(organizationId, id, changes.renamedFrom, group.displayName));
  if (changes.previousRoles !== undefined) tx.raise(new GroupRolesChangedEvent(organizationId, id, changes.previousRoles, [...group.roles]));
  if (membership.removed.length > 0) tx.raise(new GroupMembersRemovedEvent(organizationId, id, membership.removed));
  if (membership.added.length > 0) tx.raise(new GroupMembersAddedEvent(organizationId, id, membership.added));
}
