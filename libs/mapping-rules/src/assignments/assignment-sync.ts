import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { pgArray, TransactionRunner } from '@app/platform';
import { GetLiveGroupIdsForUsersQuery } from '@app/scim-groups';
import { EntityDirectory } from '../entities/entity-directory';
import { deriveAssignments, UserTargetRow } from './derive-assignments';

export interface SyncOutcome {
  usersChanged: number;
}

/**
 * Recomputes the SCIM-derived assignments of a set of users from current state and hands them to
 * org-entities in one set-based command. Idempotent: running it twice gives the same result, so
 * every event that feeds it (membership, mapping status, group lifecycle) just calls it again.
 */
@Injectable()
export class AssignmentSync {
  constructor(
    private readonly db: TransactionRunner,
    private readonly queries: QueryBus,
    private readonly entities: EntityDirectory,
  ) {}

  async recompute(organizationId: string, userIds: readonly string[]): Promise<SyncOutcome> {
    const users = [...new Set(userIds)];
    if (users.length === 0) return { usersChanged: 0 };
    const liveGroups = await this.queries.execute(new GetLiveGroupIdsForUsersQuery(organizationId, users));
    const pairUsers: string[] = [];
    const pairGroups: string[] = [];
    for (const { userId, groupIds } of liveGroups) {
      for (const groupId of groupIds) {
        pairUsers.push(userId);
        pairGroups.push(groupId);
      }
    }
    const rows = pairUsers.length === 0 ? [] : await this.syncingTargets(organizationId, pairUsers, pairGroups);
    const { assignments, conflicts } = deriveAssignments(users, rows);

    await this.db.run(async ({ em }) => {
      await em.execute(`delete from mapping_rules.detected_conflict where organization_id = ? and user_id = any(?::uuid[])`, [organizationId, pgArray(users)]);
      if (conflicts.length > 0) {
        await em.execute(
          `insert into mapping_rules.detected_conflict (organization_id, user_id, slot, candidates)
           select ?, c.user_id, c.slot, c.candidates from unnest(?::uuid[], ?::text[], ?::jsonb[]) as c(user_id, slot, candidates)`,
          [organizationId, pgArray(conflicts.map((c) => c.userId)), pgArray(conflicts.map((c) => c.slot)), pgArray(conflicts.map((c) => JSON.stringify(c.candidates)))],
        );
      }
    });
    return this.entities.applyScimAssignments(organizationId, assignments);
  }

  /** One statement for any number of (user, group) pairs: the targets their syncing mappings give. */
  private syncingTargets(organizationId: string, userIds: string[], groupIds: string[]): Promise<UserTargetRow[]> {
    return this.db.query<UserTargetRow>(
      `select p.user_id as "userId", m.group_id as "groupId", m.target_type as "targetType", m.entity_id as "entityId"
         from unnest(?::uuid[], ?::uuid[]) as p(user_id, group_id)
         join mapping_rules.group_mapping m on m.organization_id = ? and m.group_id = p.group_id
        where m.status in ('approved', 'auto_approved') and not m.target_deleted and m.entity_id is not null`,
      [pgArray(userIds), pgArray(groupIds), organizationId],
    );
  }
}
