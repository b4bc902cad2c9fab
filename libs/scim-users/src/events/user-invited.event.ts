import { DurableEvent } from '@app/platform';

@DurableEvent<UserInvitedEvent>({ type: 'scim-users.user-invited.v1', aggregateType: 'user', aggregateId: (e) => e.userId })
export class UserInvitedEvent {
  constructor(
    readonly organizationId: string,
    readonly userId: string,
    readonly userName: string,
  ) {}
}
