import { Query } from '@nestjs/cqrs';

export interface ActivityFilter {
  method?: string;
  resourceType?: string;
  resourceId?: string;
  /** userName, displayName or resource id, case-insensitive. */
  target?: string;
  status?: number;
  outcome?: 'success' | 'failure';
  from?: Date;
  to?: Date;
}

export interface ActivityView {
  id: string;
  occurredAt: Date;
  method: string;
  path: string;
  resourceType: string | null;
  resourceId: string | null;
  status: number;
  outcome: 'success' | 'failure';
  scimType: string | null;
  scimDetail: string | null;
  target: string | null;
  durationMs: number;
  requestId: string;
  tokenId: string | null;
  userAgent: string | null;
}

export interface ActivityPage {
  items: ActivityView[];
  page: number;
  pageSize: number;
  total: number;
}

/** The organization's SCIM requests, newest first. */
export class ListActivityQuery extends Query<ActivityPage> {
  constructor(
    readonly organizationId: string,
    readonly filter: ActivityFilter,
    readonly page: number,
    readonly pageSize: number,
  ) {
    super();
  }
}
