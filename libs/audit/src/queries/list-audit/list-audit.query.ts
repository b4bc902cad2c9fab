import { Query } from '@nestjs/cqrs';
import type { Page } from '@app/platform';

export interface AuditFilter {
  /** A whole kind (`mapping.approved`) or its area (`mapping`). */
  kind?: string;
  actor?: string;
  from?: Date;
  to?: Date;
}

export interface AuditEntryView {
  id: string;
  occurredAt: Date;
  actor: string;
  kind: string;
  targetType: string | null;
  targetId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

/** The organization's audit log, newest first. */
export class ListAuditEntriesQuery extends Query<Page<AuditEntryView>> {
  constructor(
    readonly organizationId: string,
    readonly filter: AuditFilter,
    readonly page: number,
    readonly pageSize: number,
  ) {
    super();
  }
}
