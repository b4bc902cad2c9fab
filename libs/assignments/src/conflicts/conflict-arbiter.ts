import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import type { Transaction } from '@app/platform';
import { GetUserAssignmentsQuery } from '@app/org-entities';
import { arbitrate, Candidate, CurrentTargets, detectSituations, Situation } from './arbitrate-conflicts';
import { conflictStore } from './conflict-store';

export interface Arbitrated {
  /** The candidates that may reach the users once conflicts and remembered decisions had their say. */
  allowed: Candidate[];
}

/**
 * Conflict arbitration inside the sync: runs in its transaction (users locked), so the conflict rows
 * and the assignments derived next always describe the same state.
 */
@Injectable()
export class ConflictArbiter {
  constructor(private readonly queries: QueryBus) {}

  async arbitrate(tx: Transaction, organizationId: string, users: string[], candidates: Candidate[], liveGroupIds: Map<string, Set<string>>): Promise<Arbitrated> {
    const candidatesByUser = new Map<string, Candidate[]>();
    for (const c of candidates) candidatesByUser.set(c.userId, [...(candidatesByUser.get(c.userId) ?? []), c]);
    const situations = new Map<string, Situation[]>();
    for (const [userId, own] of candidatesByUser) {
      const found = detectSituations(userId, own);
      if (found.length > 0) situations.set(userId, found);
    }

    const open = await conflictStore.openByUser(tx.em, organizationId, users);
    const concerned = [...new Set([...situations.keys(), ...open.keys()])];
    if (concerned.length === 0) return { allowed: candidates };
    const decisions = await conflictStore.decisionsByUser(tx.em, organizationId, [...situations.keys()]);
    const current = await this.currentTargets(organizationId, [...situations.keys()]);

    const withheld = new Set<Candidate>();
    for (const userId of concerned) {
      const userOpen = open.get(userId) ?? [];
      const result = arbitrate(situations.get(userId) ?? [], userOpen, decisions.get(userId) ?? new Map(), current.get(userId) ?? NOTHING);
      result.withheld.forEach((c) => withheld.add(c));
      await conflictStore.settle(tx, organizationId, userId, result.outcomes, userOpen, liveGroupIds.get(userId) ?? new Set());
    }
    return { allowed: candidates.filter((c) => !withheld.has(c)) };
  }

  /** Only users in a competition get here, a few at a time: one look-up each is fine. */
  private async currentTargets(organizationId: string, userIds: string[]): Promise<Map<string, CurrentTargets>> {
    const entries = await Promise.all(
      userIds.map(async (userId) => {
        const held = await this.queries.execute(new GetUserAssignmentsQuery(organizationId, userId));
        const targets: CurrentTargets = {
          concurrencyGroupId: held.concurrencyGroup?.id ?? null,
          subOrganizationId: held.subOrganization?.id ?? null,
          teamIds: held.teams.map((t) => t.id),
        };
        return [userId, targets] as const;
      }),
    );
    return new Map(entries);
  }
}

const NOTHING: CurrentTargets = { concurrencyGroupId: null, subOrganizationId: null, teamIds: [] };
