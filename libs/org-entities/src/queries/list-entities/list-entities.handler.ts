import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ReadSide } from '@app/platform';
import { escapeLike } from '@app/scim-protocol';
import type { EntityView } from '../../domain/entity-types';
import { EntityRow, entitiesSql, viewOf } from '../get-entity/entity-queries.handlers';
import { ListEntitiesQuery } from './list-entities.query';

@QueryHandler(ListEntitiesQuery)
export class ListEntitiesHandler implements IQueryHandler<ListEntitiesQuery, { items: EntityView[]; total: number }> {
  constructor(private readonly reads: ReadSide) {}

  async execute({ organizationId, type, search, page, pageSize }: ListEntitiesQuery) {
    const text = search?.trim().toLowerCase();
    const query = entitiesSql(organizationId, `e.type = ?${text ? ` and lower(e.name) like ? escape '\\'` : ''}`);
    const params = [...query.params, type, ...(text ? [`%${escapeLike(text)}%`] : [])];
    const { rows, total } = await this.reads.page<EntityRow>({
      columns: '*',
      from: `(${query.sql}) x`,
      where: 'true',
      orderBy: 'is_default desc, lower(name), id',
      params,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    return { items: rows.map(viewOf), total };
  }
}
