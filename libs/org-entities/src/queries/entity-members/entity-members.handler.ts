import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { isUuid, ReadSide } from '@app/platform';
import { effectiveMembership } from '../../read-model/effective-membership';
import { EntityMember, ListEntityMembersQuery } from './entity-members.query';

@QueryHandler(ListEntityMembersQuery)
export class ListEntityMembersHandler implements IQueryHandler<ListEntityMembersQuery, { items: EntityMember[]; total: number } | null> {
  constructor(private readonly reads: ReadSide) {}

  async execute({ organizationId, entityId, page, pageSize }: ListEntityMembersQuery) {
    if (!isUuid(entityId)) return null;
    const [entity] = await this.reads.rows<{ id: string }>(`select id from org_entities.entity where id = ? and organization_id = ?`, [entityId, organizationId]);
    if (!entity) return null;
    const membership = effectiveMembership(organizationId);
    const { rows, total } = await this.reads.page<{ user_id: string; source: string }>({
      with: `with effective as (${membership.sql})`,
      columns: 'user_id, min(source) as source',
      from: 'effective',
      where: 'entity_id = ?',
      groupBy: 'user_id',
      orderBy: 'user_id',
      params: [...membership.params, entityId],
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    return { total, items: rows.map((r) => ({ userId: r.user_id, source: r.source })) };
  }
}
