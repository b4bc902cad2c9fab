import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { pgArray, ReadSide } from '@app/platform';
import { ListSyncingTargetsQuery, SyncingTarget } from './list-syncing-targets.query';

@QueryHandler(ListSyncingTargetsQuery)
export class ListSyncingTargetsHandler implements IQueryHandler<ListSyncingTargetsQuery, SyncingTarget[]> {
  constructor(private readonly reads: ReadSide) {}

  async execute({ organizationId, groupIds }: ListSyncingTargetsQuery): Promise<SyncingTarget[]> {
    if (groupIds.length === 0) return [];
    return this.reads.rows<SyncingTarget>(
      `select m.group_id as "groupId", m.target_type as "targetType", m.entity_id as "entityId",
              to_char(m.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') as "mappedAt"
         from mapping_rules.group_mapping m
        where m.organization_id = ? and m.group_id = any(?::uuid[])
          and m.status in ('approved', 'auto_approved') and not m.target_deleted and m.entity_id is not null`,
      [organizationId, pgArray([...groupIds])],
    );
  }
}
