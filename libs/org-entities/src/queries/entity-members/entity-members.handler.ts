import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { isUuid, TransactionRunner } from '@app/platform';
import { effectiveMembership } from '../../read-model/effective-membership';
import { EntityMember, ListEntityMembersQuery } from './entity-members.query';

@QueryHandler(ListEntityMembersQuery)
export class ListEntityMembersHandler implements IQueryHandler<ListEntityMembersQuery, { items: EntityMember[]; total: number } | null> {
  constructor(private readonly db: TransactionRunner) {}

  async execute({ organizationId, entityId, page, pageSize }: ListEntityMembersQuery) {
    if (!isUuid(entityId)) return null;
    const [entity] = await this.db.query<{ id: string }>(`select id from org_entities.entity where id = ? and organization_id = ?`, [entityId, organizationId]);
    if (!entity) return null;
    const membership = effectiveMembership(organizationId);
    const rows = await this.db.query<{ user_id: string; source: string; total: string }>(
      `with effective as (${membership.sql})
       select user_id, min(source) as source, count(*) over () as total from effective where entity_id = ?
        group by user_id order by user_id limit ? offset ?`,
      [...membership.params, entityId, pageSize, (page - 1) * pageSize],
    );
    return { total: rows.length > 0 ? Number(rows[0].total) : 0, items: rows.map((r) => ({ userId: r.user_id, source: r.source })) };
  }
}
