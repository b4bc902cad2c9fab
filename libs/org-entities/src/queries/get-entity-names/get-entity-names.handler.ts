import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { isUuid, pgArray, TransactionRunner } from '@app/platform';
import type { EntityRef } from '../../domain/entity-types';
import { GetEntityNamesQuery } from './get-entity-names.query';

@QueryHandler(GetEntityNamesQuery)
export class GetEntityNamesHandler implements IQueryHandler<GetEntityNamesQuery, EntityRef[]> {
  constructor(private readonly db: TransactionRunner) {}

  async execute({ organizationId, entityIds }: GetEntityNamesQuery): Promise<EntityRef[]> {
    const ids = [...new Set(entityIds.filter(isUuid))];
    if (ids.length === 0) return [];
    return this.db.query<EntityRef>(`select e.id, e.type, e.name from org_entities.entity e where e.organization_id = ? and e.id = any(?::uuid[])`, [
      organizationId,
      pgArray(ids),
    ]);
  }
}
