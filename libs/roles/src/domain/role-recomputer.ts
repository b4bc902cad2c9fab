import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { EntityManager } from '@mikro-orm/postgresql';
import { TransactionRunner } from '@app/platform';
import { GetGroupRolesForUsersQuery } from '@app/scim-groups';
import { EffectiveRoleChange, EffectiveRoleChangedEvent } from '../events/effective-role-changed.event';
import { highestRole } from './role';
import { lockUserRoles, rewriteEffectiveRoles } from './user-role-store';

/** Bounds one statement's arrays and one event's payload; a 50,000-member group is 5 batches. */
export const RECOMPUTE_BATCH_SIZE = 10_000;

/**
 * Recomputes effective roles from current state: the groups' roles (asked of scim-groups, one
 * set-based query per batch) and the inputs stored here. Repeating it gives the same result, which
 * is what makes at-least-once delivery of the triggering events safe.
 */
@Injectable()
export class RoleRecomputer {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly queries: QueryBus,
  ) {}

  /**
   * `writeInputs` runs in the first batch's transaction, so a changed input and the role it gives
   * commit together.
   */
  async recomputeUsers(organizationId: string, userIds: readonly string[], writeInputs?: (em: EntityManager) => Promise<void>): Promise<EffectiveRoleChange[]> {
    const unique = [...new Set(userIds)];
    const changes: EffectiveRoleChange[] = [];
    for (let start = 0; start < unique.length; start += RECOMPUTE_BATCH_SIZE) {
      const batch = unique.slice(start, start + RECOMPUTE_BATCH_SIZE);
      const batchChanges = await this.transactions.run(async ({ em, raise }) => {
        if (start === 0 && writeInputs) await writeInputs(em);
        await lockUserRoles(em, organizationId, batch);
        // Read on another connection after the lock: the latest committed group state (see lockUserRoles).
        const groupRoles = await this.queries.execute(new GetGroupRolesForUsersQuery(organizationId, batch));
        const users = groupRoles.map(({ userId, roles }) => ({ userId, groupRole: highestRole(roles) }));
        const changed = await rewriteEffectiveRoles(em, organizationId, users);
        if (changed.length > 0) raise(new EffectiveRoleChangedEvent(organizationId, changed));
        return changed;
      });
      changes.push(...batchChanges);
    }
    return changes;
  }

  /** Every user this module knows in the organization (each got a row when provisioned or invited). */
  async knownUserIds(organizationId: string): Promise<string[]> {
    const rows = await this.transactions.query<{ user_id: string }>(`select user_id from roles.user_role where organization_id = ?`, [organizationId]);
    return rows.map((row) => row.user_id);
  }
}
