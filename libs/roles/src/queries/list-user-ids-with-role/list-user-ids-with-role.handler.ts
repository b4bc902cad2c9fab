import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadSide } from '@app/platform';
import { ListUserIdsWithRoleQuery } from './list-user-ids-with-role.query';

@QueryHandler(ListUserIdsWithRoleQuery)
export class ListUserIdsWithRoleHandler implements IQueryHandler<ListUserIdsWithRoleQuery, string[]> {
  constructor(private readonly reads: ReadSide) {}

  async execute({ organizationId, role }: ListUserIdsWithRoleQuery): Promise<string[]> {
    const rows = await this.reads.rows<{ user_id: string }>(`select user_id from roles.user_role where organization_id = ? and effective_role = ?`, [organizationId, role]);
    return rows.map((r) => r.user_id);
  }
}
