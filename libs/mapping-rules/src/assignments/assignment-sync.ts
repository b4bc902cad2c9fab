import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray, TransactionRunner } from '@app/platform';
import { GetLiveGroupIdsForUsersQuery } from '@app/scim-groups';
import { EntityDirectory } from '../entities/entity-directory';
import type { Candidate } from '../conflicts/arbitrate-conflicts';
import { ConflictArbiter } from '../conflicts/conflict-arbiter';
import { lockUsersForRecompute } from '../conflicts/user-locks';
import { deriveAssignments } from './derive-assignments';

export interface SyncOutcome {
  usersChanged: number;
}

/**
 * Recomputes the SCIM-derived assignments of a set of users from current state and hands them to
 * org-entities in one set-based command. Idempotent: running it twice gives the same result, so
 * every event that feeds it (membership, mapping status, group lifecycle, conflict decisions) just
 * calls it again. The users stay locked from the first read to the last write, so concurrent
 * recomputes of one user run one after the other on fresh state.
 */
@Injectable()
export class AssignmentSync {
  constructor(
    private readonly db: TransactionRunner,
    private readonly queries: QueryBus,
    private readonly entities: EntityDirectory,
    private readonly conflicts: ConflictArbiter,
  ) {}

  async recompute(organizationId: string, userIds: readonly string[]): Promise<SyncOutcome> {
    const users = [...new Set(userIds)];
    if (users.length === 0) return { usersChanged: 0 };
    return this.db.run(async (tx) => {
      const { em } = tx;
      await lockUsersForRecompute(em, organizationId, users);
      const liveGroups = await this.queries.execute(new GetLiveGroupIdsForUsersQuery(organizationId, users));
      const pairUsers: string[] = [];
      const pairGroups: string[] = [];
      const liveGroupIds = new Map<string, Set<string>>();
      for (const { userId, groupIds } of liveGroups) {
        liveGroupIds.set(userId, new Set(groupIds));
        for (const groupId of groupIds) {
          pairUsers.push(userId);
          pairGroups.push(groupId);
        }
      }
      const candidates = pairUsers.length === 0 ? [] : await this.syncingTargets(em, organizationId, pairUsers, pairGroups);

      await this.recordDetected(em, organizationId, users, candidates);
      const { allowed } = await this.conflicts.arbitrate(tx, organizationId, users, candidates, liveGroupIds);
      const { assignments } = deriveAssignments(users, allowed);
      // Applied while the users are still locked (org-entities commits on its own connection).
      return this.entities.applyScimAssignments(organizationId, assignments);
    });
  }

  /** Raw detection, before decisions: every exclusive slot that several groups point at different entities. */
  private async recordDetected(em: EntityManager, organizationId: string, users: string[], candidates: Candidate[]): Promise<void> {
    const { conflicts } = deriveAssignments(users, candidates);
    await em.execute(`delete from mapping_rules.detected_conflict where organization_id = ? and user_id = any(?::uuid[])`, [organizationId, pgArray(users)]);
    if (conflicts.length > 0) {
      await em.execute(
        `insert into mapping_rules.detected_conflict (organization_id, user_id, slot, candidates)
         select ?, c.user_id, c.slot, c.candidates from unnest(?::uuid[], ?::text[], ?::jsonb[]) as c(user_id, slot, candidates)`,
        [organizationId, pgArray(conflicts.map((c) => c.userId)), pgArray(conflicts.map((c) => c.slot)), pgArray(conflicts.map((c) => JSON.stringify(c.candidates)))],
      );
    }
  }

  /** One statement for any number of (user, group) pairs: the targets their syncing mappings give. */
  private syncingTargets(em: EntityManager, organizationId: string, userIds: string[], groupIds: string[]): Promise<Candidate[]> {
    return em.execute<Candidate[]>(
      `select p.user_id as "userId", m.group_id as "groupId", m.target_type as "targetType", m.entity_id as "entityId",
              to_char(m.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US') as "mappedAt"
         from unnest(?::uuid[], ?::uuid[]) as p(user_id, group_id)
         join mapping_rules.group_mapping m on m.organization_id = ? and m.group_id = p.group_id
        where m.status in ('approved', 'auto_approved') and not m.target_deleted and m.entity_id is not null`,
      [pgArray(userIds), pgArray(groupIds), organizationId],
    );
  }
}
