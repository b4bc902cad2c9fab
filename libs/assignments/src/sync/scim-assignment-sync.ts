import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { TransactionRunner } from '@app/platform';
import { ListSyncingTargetsQuery } from '@app/mapping-rules';
import { GetLiveGroupIdsForUsersQuery } from '@app/scim-groups';
import type { Candidate } from '../conflicts/arbitrate-conflicts';
import { ConflictArbiter } from '../conflicts/conflict-arbiter';
import { OrgEntitiesPort } from '../ports/org-entities-port';
import { deriveAssignments } from './derive-assignments';
import { lockUsersForRecompute } from './user-locks';

export interface SyncOutcome {
  usersChanged: number;
}

/**
 * Recomputes the SCIM-derived assignments of a set of users from current state and hands them to
 * org-entities in one set-based command. Idempotent: running it twice gives the same result, so
 * every event that feeds it (membership, mapping status, group lifecycle, conflict decisions) just
 * runs it again. The users stay locked from the first read to the last write, so concurrent
 * syncs of one user run one after the other on fresh state.
 */
@Injectable()
export class ScimAssignmentSync {
  constructor(
    private readonly db: TransactionRunner,
    private readonly queries: QueryBus,
    private readonly orgEntities: OrgEntitiesPort,
    private readonly conflicts: ConflictArbiter,
  ) {}

  /** `reconciling`: an admin's reconcile, which keeps admins' manual team removals (see ApplyScimAssignmentsCommand). */
  async syncUsers(organizationId: string, userIds: readonly string[], reconciling = false): Promise<SyncOutcome> {
    const users = [...new Set(userIds)];
    if (users.length === 0) return { usersChanged: 0 };
    return this.db.run(async (tx) => {
      await lockUsersForRecompute(tx.em, organizationId, users);
      const liveGroups = await this.queries.execute(new GetLiveGroupIdsForUsersQuery(organizationId, users));
      const liveGroupIds = new Map(liveGroups.map(({ userId, groupIds }) => [userId, new Set(groupIds)]));
      const candidates = await this.syncingTargets(organizationId, liveGroupIds);
      const { allowed } = await this.conflicts.arbitrate(tx, organizationId, users, candidates, liveGroupIds);
      // Deliberately inside this transaction, an exception to "no other module's command while a
      // transaction is open": the user locks taken above are what order two syncs of one user, from
      // their reads to org-entities' write. Applied after commit, a slower sync working on older
      // state could land last. org-entities commits on its own connection; should this transaction
      // then fail, the event that triggered the sync is delivered again and the sync is idempotent.
      return this.orgEntities.applyScimAssignments(organizationId, deriveAssignments(users, allowed), reconciling);
    });
  }

  /** One query for every live group of the batch; each user gets the targets of their own groups. */
  private async syncingTargets(organizationId: string, liveGroupIds: ReadonlyMap<string, ReadonlySet<string>>): Promise<Candidate[]> {
    const groupIds = new Set<string>();
    for (const ids of liveGroupIds.values()) ids.forEach((id) => groupIds.add(id));
    if (groupIds.size === 0) return [];
    const targets = await this.queries.execute(new ListSyncingTargetsQuery(organizationId, [...groupIds]));
    const byGroup = new Map<string, typeof targets>();
    for (const target of targets) byGroup.set(target.groupId, [...(byGroup.get(target.groupId) ?? []), target]);
    const candidates: Candidate[] = [];
    for (const [userId, ids] of liveGroupIds) {
      for (const groupId of ids) for (const target of byGroup.get(groupId) ?? []) candidates.push({ userId, ...target });
    }
    return candidates;
  }
}
