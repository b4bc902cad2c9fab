import { DurableEvent } from '@app/platform';

@DurableEvent<GroupRolesChangedEvent>({ type: 'scim-groups.group-roles-changed.v1', aggregateType: 'group', aggregateId: (e) => e.groupId })
export class GroupRolesChangedEvent {
  constructor(
    readonly organizationId: string,
    readonly groupId: string,
    readonly previousRoles: string[],
    readonly roles: string[],
  ) {}
}
