import { DurableEvent } from '@app/platform';

@DurableEvent<GroupRenamedEvent>({ type: 'scim-groups.group-renamed.v1', aggregateType: 'group', aggregateId: (e) => e.groupId })
export class GroupRenamedEvent {
  constructor(
    readonly organizationId: string,
    readonly groupId: string,
    readonly previousDisplayName: string,
    readonly displayName: string,
  ) {}
}
