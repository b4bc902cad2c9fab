import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { isUuid, NotFoundError } from '@app/platform';
import { GetGroupNamesQuery, GetGroupQuery, SearchGroupsQuery } from '@app/scim-groups';

/** Groups belong to scim-groups; mappings only check that the one they name is live in the org. */
@Injectable()
export class GroupDirectory {
  constructor(private readonly queries: QueryBus) {}

  async assertLiveGroup(organizationId: string, groupId: string): Promise<void> {
    const group = isUuid(groupId) ? await this.queries.execute(new GetGroupQuery(organizationId, groupId, false)) : null;
    if (!group) throw new NotFoundError(`Group ${groupId} not found`);
  }

  /** A group of the organization, deleted or not (its Rejected mappings stay readable); unknown and foreign ids are not found. */
  async assertKnownGroup(organizationId: string, groupId: string): Promise<void> {
    const [group] = await this.queries.execute(new GetGroupNamesQuery(organizationId, [groupId]));
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

  /** Display names by id, deleted groups included. */
  async names(organizationId: string, groupIds: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.queries.execute(new GetGroupNamesQuery(organizationId, groupIds));
    return new Map(rows.map((row) => [row.id, row.displayName]));
  }
}
