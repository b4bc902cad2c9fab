import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { executeBound, TransactionRunner } from '@app/platform';
import { ConflictAlreadyResolvedError, ConflictNotFoundError } from '../../conflicts/conflict-errors';
import type { ConflictView } from '../../conflicts/conflict-types';
import { CONFLICT_COLUMNS, ConflictRow, conflictViewFromRow } from '../../conflicts/conflict-view';
import { ConflictResolvedEvent } from '../../events/conflict-resolved.event';
import { lockUsersForRecompute } from '../../sync/user-locks';
import { ResolveConflictCommand } from './resolve-conflict.command';

/** Records the decision; the user's assignments follow when ConflictResolvedEvent is delivered. */
@CommandHandler(ResolveConflictCommand)
export class ResolveConflictHandler implements ICommandHandler<ResolveConflictCommand, ConflictView> {
  constructor(private readonly db: TransactionRunner) {}

  async execute({ organizationId, conflictId, resolution, adminSubject }: ResolveConflictCommand): Promise<ConflictView> {
    return this.db.run(async ({ em, raise }) => {
      const find = () =>
        executeBound<ConflictRow>(em, `select ${CONFLICT_COLUMNS} from assignments.conflict c where c.organization_id = ? and c.id = ?`, [organizationId, conflictId]);
      const [found] = await find();
      if (!found) throw new ConflictNotFoundError(`Conflict ${conflictId} not found`);
      // The user's sync may be settling this very conflict: wait for it, then look again.
      await lockUsersForRecompute(em, organizationId, [found.user_id]);
      const conflict = conflictViewFromRow((await find())[0]);
      if (conflict.status !== 'open') throw new ConflictAlreadyResolvedError(`Conflict ${conflictId} is already resolved`);

      const winner = resolution === 'keep_current' ? conflict.current : conflict.incoming;
      const [a, b] = [conflict.current, conflict.incoming].sort((x, y) => `${x.groupId}/${x.entityId}`.localeCompare(`${y.groupId}/${y.entityId}`));
      const resolvedBy = `admin:${adminSubject}`;
      await executeBound(
        em,
        `insert into assignments.conflict_decision (organization_id, user_id, slot, side_a_group_id, side_a_entity_id, side_b_group_id, side_b_entity_id,
           winner_group_id, winner_entity_id, decided_by)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         on conflict (organization_id, user_id, slot, side_a_group_id, side_a_entity_id, side_b_group_id, side_b_entity_id)
         do update set winner_group_id = excluded.winner_group_id, winner_entity_id = excluded.winner_entity_id,
                       decided_by = excluded.decided_by, decided_at = now()`,
        [organizationId, conflict.userId, conflict.slot, a.groupId, a.entityId, b.groupId, b.entityId, winner.groupId, winner.entityId, resolvedBy],
      );
      const [resolved] = await executeBound<ConflictRow>(
        em,
        `update assignments.conflict c set status = 'resolved', resolution = ?, resolved_by = ?, resolved_at = now() where c.id = ? returning ${CONFLICT_COLUMNS}`,
        [resolution, resolvedBy, conflictId],
      );
      raise(new ConflictResolvedEvent(organizationId, conflictId, conflict.userId, resolution, resolvedBy));
      return conflictViewFromRow(resolved);
    });
  }
}
