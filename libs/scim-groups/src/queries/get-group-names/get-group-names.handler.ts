import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { isUuid, pgArray, TransactionRunner } from '@app/platform';
import { GetGroupNamesQuery, GroupName } from './get-group-names.query';

@QueryHandler(GetGroupNamesQuery)
export class GetGroupNamesHandler implements IQueryHandler<GetGroupNamesQuery, GroupName[]> {
  constructor(private readonly db: TransactionRunner) {}

  async execute({ organizationId, groupIds }: GetGroupNamesQuery): Promise<GroupName[]> {
    const ids = [...new Set(groupIds.filter(isUuid))];
    if (ids.length === 0) return [];
    return this.db.query<GroupName>(
      `select g.id, g.display_name as "displayName", g.deleted_at is not null as deleted
         from scim_groups.scim_group g where g.organization_id = ? and g.id = any(?::uuid[])`,
      [organizationId, pgArray(ids)],
    );
  }
}
