import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@app/platform';
import { escapeLike } from '@app/scim-protocol';
import type { EntityView } from '../../domain/entity-types';
import { EntityRow, entitiesSql, viewOf } from '../get-entity/entity-queries.handlers';
import { ListEntitiesQuery } from './list-entities.query';

@QueryHandler(ListEntitiesQuery)
export class ListEntitiesHandler implements IQueryHandler<ListEntitiesQuery, { items: EntityView[]; total: number }> {
  constructor(private readonly db: TransactionRunner) {}

  async execute({ organizationId, type, search, page, pageSize }: ListEntitiesQuery) {
    const text = search?.trim().toLowerCase();
    const query = entitiesSql(organizationId, `e.type = ?${text ? ` and lower(e.name) like ? escape '\\'` : ''}`);
    const params = [...query.params, type, ...(text ? [`%${escapeLike(text)}%`] : [])];
    const rows = await this.db.query<EntityRow & { total: string }>(
      `select *, count(*) over () as total from (${query.sql}) x order by is_default desc, lower(name), id limit ? offset ?`,
      [...params, pageSize, (page - 1) * pageSize],
    );
    const total = rows.length > 0 ? Number(rows[0].total) : Number((await this.db.query<{ n: string }>(`select count(*) as n from (${query.sql}) x`, params))[0].n);
    return { items: rows.map(viewOf), total };
  }
}
