import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { isUuid, TransactionRunner } from '@app/platform';
import { MAPPING_COLUMNS, MappingView, mappingViewFromRow } from '../../read-model/mapping-view';
import { GetMappingQuery } from './get-mapping.query';

@QueryHandler(GetMappingQuery)
export class GetMappingHandler implements IQueryHandler<GetMappingQuery, MappingView | null> {
  constructor(private readonly db: TransactionRunner) {}

  async execute({ organizationId, mappingId }: GetMappingQuery): Promise<MappingView | null> {
    if (!isUuid(mappingId)) return null;
    const [row] = await this.db.query<MappingView>(`select ${MAPPING_COLUMNS} from mapping_rules.group_mapping m where m.organization_id = ? and m.id = ?`, [organizationId, mappingId]);
    return row ? mappingViewFromRow(row) : null;
  }
}
