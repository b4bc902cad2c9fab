import { Query } from '@nestjs/cqrs';

export interface GroupSummary {
  id: string;
  displayName: string;
  externalId: string | null;
  roles: string[];
  memberCount: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface GroupSearch {
  /** Case-insensitive substring of the trimmed displayName. */
  search?: string;
  /** Restrict to these groups (e.g. those with a given mapping status, from the mapping module). */
  groupIds?: readonly string[];
  page: number;
  pageSize: number;
}

/** The admin dashboard's group list: live groups, newest names first by name order, with member counts. */
export class SearchGroupsQuery extends Query<{ items: GroupSummary[]; total: number }> {
  constructor(
    readonly organizationId: string,
    readonly search: GroupSearch,
  ) {
    super();
  }
}
