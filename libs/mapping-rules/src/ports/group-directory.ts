import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { isUuid, NotFoundError } from '@app/platform';
import { GetGroupQuery } from '@app/scim-groups';

/** Groups belong to scim-groups; mappings only check that the one they name is live in the org. */
@Injectable()
export class GroupDirectory {
  constructor(private readonly queries: QueryBus) {}

  async assertLiveGroup(organizationId: string, groupId: string): Promise<void> {
    const group = isUuid(groupId) ? await this.queries.execute(new GetGroupQuery(organizationId, groupId, false)) : null;
    if (!group) throw new NotFoundError(`Group ${groupId} not found`);
  }
}
