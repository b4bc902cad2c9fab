import { Query } from '@nestjs/cqrs';
import type { MappingStatus } from '../../domain/mapping-types';
import type { MappingView } from '../../read-model/mapping-view';

export interface MappingFilter {
  status?: MappingStatus;
  targetDeleted?: boolean;
  /** 1-based. */
  page: number;
  pageSize: number;
}

export interface MappingPage {
  items: MappingView[];
  total: number;
  page: number;
  pageSize: number;
}

/** The org's mappings, newest first (the dashboard's "to review" list filters on status=pending). */
export class ListMappingsQuery extends Query<MappingPage> {
  constructor(
    readonly organizationId: string,
    readonly filter: MappingFilter,
  ) {
    super();
  }
}
