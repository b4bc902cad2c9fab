import { Query } from '@nestjs/cqrs';
import type { TargetType } from '../../domain/mapping-types';

/** What a syncing (Approved or Auto-Approved) mapping gives the members of its group. */
export interface SyncingTarget {
  groupId: string;
  targetType: TargetType;
  entityId: string;
  /** When the mapping was made, to the microsecond: "the earlier mapping" breaks conflict ties. */
  mappedAt: string;
}

/** The targets of the syncing mappings of any number of groups, in one statement. */
export class ListSyncingTargetsQuery extends Query<SyncingTarget[]> {
  constructor(
    readonly organizationId: string,
    readonly groupIds: readonly string[],
  ) {
    super();
  }
}
