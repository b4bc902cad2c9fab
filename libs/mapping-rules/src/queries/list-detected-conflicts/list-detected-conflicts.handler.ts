import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@app/platform';
import { DetectedConflictView, ListDetectedConflictsQuery } from './list-detected-conflicts.query';

@QueryHandler(ListDetectedConflictsQuery)
export class ListDetectedConflictsHandler implements IQueryHandler<ListDetectedConflictsQuery, DetectedConflictView[]> {
  constructor(private readonly db: TransactionRunner) {}

  async execute({ organizationId }: ListDetectedConflictsQuery): Promise<DetectedConflictView[]> {
    const rows = await this.db.query<DetectedConflictView>(
      `select user_id as "userId", slot, candidates, detected_at as "detectedAt" from mapping_rules.detected_conflict
        where organization_id = ? order by user_id, slot`,
      [organizationId],
    );
    return rows.map((row) => ({ ...row, detectedAt: new Date(row.detectedAt) }));
  }
}
