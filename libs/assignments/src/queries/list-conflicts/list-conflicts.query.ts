import { Query } from '@nestjs/cqrs';
import type { ConflictStatus, ConflictType, ConflictView } from '../../conflicts/conflict-types';

export interface ConflictFilter {
  status?: ConflictStatus;
  type?: ConflictType;
  userId?: string;
  /** Either side's group. */
  groupId?: string;
  /** 1-based. */
  page: number;
  pageSize: number;
}

export interface ConflictPage {
  items: ConflictView[];
  page: number;
  pageSize: number;
  total: number;
}

/** The org's conflicts, newest first. */
export class ListConflictsQuery extends Query<ConflictPage> {
  constructor(
    readonly organizationId: string,
    readonly filter: ConflictFilter,
  ) {
    super();
  }
}

export class GetConflictQuery extends Query<ConflictView | null> {
  constructor(
    readonly organizationId: string,
    readonly conflictId: string,
  ) {
    super();
  }
}
