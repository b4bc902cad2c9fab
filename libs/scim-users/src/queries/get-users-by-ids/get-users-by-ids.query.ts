import { Query } from '@nestjs/cqrs';

export interface UserSummary {
  id: string;
  userName: string;
  active: boolean;
}

/** The organization's users among `userIds`; ids of other organizations or of nobody are simply absent. */
export class GetUsersByIdsQuery extends Query<UserSummary[]> {
  constructor(
    readonly organizationId: string,
    readonly userIds: readonly string[],
  ) {
    super();
  }
}
