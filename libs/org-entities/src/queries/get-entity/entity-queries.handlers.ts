import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { isUuid, ReadSide } from '@app/platform';
import { EntityRef, EntityView } from '../../domain/entity-types';
import { effectiveMembership } from '../../read-model/effective-membership';
import { FindEntityByNameQuery, GetEntityQuery, ListScimAssignedUserIdsQuery } from './entity-queries';

export interface EntityRow {
  id: string;
  type: EntityView['type'];
  name: string;
  is_default: boolean;
  member_count: string;
  created_at: string;
  updated_at: string;
}

export function viewOf(row: EntityRow): EntityView {
  return {
    id: row.id,
    type: row.type,
    name: row.name,
    isDefault: row.is_default,
    memberCount: Number(row.member_count ?? 0),
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}

/** Entities with their effective member counts, for one organization. */
export function entitiesSql(organizationId: string, where: string): { sql: string; params: unknown[] } {
  const membership = effectiveMembership(organizationId);
  return {
    sql: `with effective as (${membership.sql}),
               counts as (select entity_id, count(distinct user_id) as member_count from effective group by entity_id)
          select e.id, e.type, e.name, e.is_default, e.created_at, e.updated_at, coalesce(c.member_count, 0) as member_count
            from org_entities.entity e left join counts c on c.entity_id = e.id
           where e.organization_id = ? and ${where}`,
    params: [...membership.params, organizationId],
  };
}

@QueryHandler(GetEntityQuery)
export class GetEntityHandler implements IQueryHandler<GetEntityQuery, EntityView | null> {
  constructor(private readonly reads: ReadSide) {}

  async execute({ organizationId, entityId }: GetEntityQuery): Promise<EntityView | null> {
    if (!isUuid(entityId)) return null;
    const query = entitiesSql(organizationId, 'e.id = ?');
    const [row] = await this.reads.rows<EntityRow>(query.sql, [...query.params, entityId]);
    return row ? viewOf(row) : null;
  }
}

@QueryHandler(FindEntityByNameQuery)
export class FindEntityByNameHandler implements IQueryHandler<FindEntityByNameQuery, EntityRef | null> {
  constructor(private readonly reads: ReadSide) {}

  async execute({ organizationId, type, name }: FindEntityByNameQuery): Promise<EntityRef | null> {
    const [row] = await this.reads.rows<EntityRef>(
      `select id, type, name from org_entities.entity where organization_id = ? and type = ? and lower(name) = lower(?)`,
      [organizationId, type, name.trim()],
    );
    return row ?? null;
  }
}

@QueryHandler(ListScimAssignedUserIdsQuery)
export class ListScimAssignedUserIdsHandler implements IQueryHandler<ListScimAssignedUserIdsQuery, string[]> {
  constructor(private readonly reads: ReadSide) {}

  async execute({ organizationId }: ListScimAssignedUserIdsQuery): Promise<string[]> {
    const rows = await this.reads.rows<{ user_id: string }>(
      `select distinct user_id from org_entities.assignment where organization_id = ? and source = 'scim'`,
      [organizationId],
    );
    return rows.map((r) => r.user_id);
  }
}
