import { DurableEvent } from '@app/platform';

@DurableEvent<UserDeactivatedEvent>({ type: 'scim-users.user-deactivated.v1', aggregateType: 'user', aggregateId: (e) => e.userId })
export class UserDeactivatedEvent {
  constructor(
    readonly organizationId: string,
    readonly userId: string,
  ) {}
}
