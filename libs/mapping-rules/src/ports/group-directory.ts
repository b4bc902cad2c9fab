import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { isUuid, NotFoundError } from '@app/platform';
import { GetGroupQuery, SearchGroupsQuery } from '@app/scim-groups';

/** Groups belong to scim-groups; mappings only check that the one they name is live in the org. */
@Injectable()
export class GroupDirectory {
  constructor(private readonly queries: QueryBus) {}

  async assertLiveGroup(organizationId: string, groupId: string): Promise<void> {
    const group = isUuid(groupId) ? await this.queries.execute(new GetGroupQuery(organizationId, groupId, false)) : null;
    if (!group) throw new NotFoundError(`Group ${groupId} not found`);
  }

  /** Every live group of the organization, by pages of scim-groups' own list. */
  async liveGroups(organizationId: string): Promise<{ id: string; displayName: string }[]> {
    const pageSize = 1000;
    const groups: { id: string; displayName: string }[] = [];
    for (let page = 1; ; page++) {
      const { items, total } = await this.queries.execute(new SearchGroupsQuery(organizationId, { page, pageSize }));
      groups.push(...items.map(({ id, displayName }) => ({ id, displayName })));
      if (items.length < pageSize || groups.length >= total) return groups;
    }
  }
}
