import { DurableEvent } from '@app/platform';

@DurableEvent<UserReactivatedEvent>({ type: 'scim-users.user-reactivated.v1', aggregateType: 'user', aggregateId: (e) => e.userId })
export class UserReactivatedEvent {
  constructor(
    readonly organizationId: string,
    readonly userId: string,
  ) {}
}
