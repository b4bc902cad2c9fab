import { DurableEvent } from '@app/platform';

@DurableEvent<UserLambdatestGroupChangedEvent>({ type: 'scim-users.user-lambdatest-group-changed.v1', aggregateType: 'user', aggregateId: (e) => e.userId })
export class UserLambdatestGroupChangedEvent {
  constructor(
    readonly organizationId: string,
    readonly userId: string,
    readonly lambdatestGroup: string | null,
  ) {}
}
