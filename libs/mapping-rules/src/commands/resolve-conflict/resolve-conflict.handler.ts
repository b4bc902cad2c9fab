import { CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { TransactionRunner } from '@app/platform';
import { AssignmentSync } from '../../assignments/assignment-sync';
import { ConflictAlreadyResolvedError, ConflictNotFoundError } from '../../conflicts/conflict-errors';
import type { ConflictView } from '../../conflicts/conflict-types';
import { CONFLICT_COLUMNS, conflictViewFromRow } from '../../conflicts/conflict-view';
import { lockUsersForRecompute } from '../../conflicts/user-locks';
import { ConflictResolvedEvent } from '../../events/conflict-resolved.event';
import { GetConflictQuery } from '../../queries/list-conflicts/list-conflicts.query';
import { ResolveConflictCommand } from './resolve-conflict.command';

@CommandHandler(ResolveConflictCommand)
export class ResolveConflictHandler implements ICommandHandler<ResolveConflictCommand, ConflictView> {
  constructor(
    private readonly db: TransactionRunner,
    private readonly sync: AssignmentSync,
    private readonly queries: QueryBus,
  ) {}

  async execute({ organizationId, conflictId, resolution, adminSubject }: ResolveConflictCommand): Promise<ConflictView> {
    const userId = await this.db.run(async ({ em, raise }) => {
      const find = () => em.execute<Record<string, any>[]>(`select ${CONFLICT_COLUMNS} from mapping_rules.conflict c where c.organization_id = ? and c.id = ?`, [organizationId, conflictId]);
      const [found] = await find();
      if (!found) throw new ConflictNotFoundError(`Conflict ${conflictId} not found`);
      // The user's recompute may be settling this very conflict: wait for it, then look again.
      await lockUsersForRecompute(em, organizationId, [found.user_id]);
      const conflict = conflictViewFromRow((await find())[0]);
      if (conflict.status !== 'open') throw new ConflictAlreadyResolvedError(`Conflict ${conflictId} is already resolved`);

      const winner = resolution === 'keep_current' ? conflict.current : conflict.incoming;
      const [a, b] = [conflict.current, conflict.incoming].sort((x, y) => `${x.groupId}/${x.entityId}`.localeCompare(`${y.groupId}/${y.entityId}`));
      const resolvedBy = `admin:${adminSubject}`;
      await em.execute(
        `insert into mapping_rules.conflict_decision (organization_id, user_id, slot, side_a_group_id, side_a_entity_id, side_b_group_id, side_b_entity_id,
           winner_group_id, winner_entity_id, decided_by)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         on conflict (organization_id, user_id, slot, side_a_group_id, side_a_entity_id, side_b_group_id, side_b_entity_id)
         do update set winner_group_id = excluded.winner_group_id, winner_entity_id = excluded.winner_entity_id,
                       decided_by = excluded.decided_by, decided_at = now()`,
        [organizationId, conflict.userId, conflict.slot, a.groupId, a.entityId, b.groupId, b.entityId, winner.groupId, winner.entityId, resolvedBy],
      );
      await em.execute(
        `update mapping_rules.conflict set status = 'resolved', resolution = ?, resolved_by = ?, resolved_at = now() where id = ?`,
        [resolution, resolvedBy, conflictId],
      );
      raise(new ConflictResolvedEvent(organizationId, conflictId, conflict.userId, resolution, resolvedBy));
      return conflict.userId;
    });
    await this.sync.recompute(organizationId, [userId]);
    return (await this.queries.execute(new GetConflictQuery(organizationId, conflictId)))!;
  }
}
