import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { EntityManager } from '@mikro-orm/postgresql';
import { executeBound, pgArray, TransactionRunner } from '@app/platform';
import type { EntityType } from '../../domain/entity-types';
import { AssignmentsChangedEvent } from '../../events/assignments-changed.event';
import { ApplyScimAssignmentsCommand, ScimAssignment, ScimExclusiveTarget } from './apply-scim-assignments.command';

interface Pairs {
  users: string[];
  entities: string[];
}

@CommandHandler(ApplyScimAssignmentsCommand)
export class ApplyScimAssignmentsHandler implements ICommandHandler<ApplyScimAssignmentsCommand, { usersChanged: number }> {
  constructor(private readonly transactions: TransactionRunner) {}

  async execute({ organizationId, assignments, options }: ApplyScimAssignmentsCommand): Promise<{ usersChanged: number }> {
    if (assignments.length === 0) return { usersChanged: 0 };
    return this.transactions.run(async ({ em, raise }) => {
      const changed = new Set<string>();
      const note = (rows: { user_id: string }[]) => rows.forEach((r) => changed.add(r.user_id));
      const allUsers = assignments.map((a) => a.userId);
      note(await replaceSlot(em, organizationId, 'team', allUsers, teamPairs(assignments)));
      for (const [type, pick] of [
        ['concurrency_group', (a: ScimAssignment) => a.concurrencyGroup],
        ['sub_organization', (a: ScimAssignment) => a.subOrganization],
      ] as const) {
        const decided = assignments.filter((a) => pick(a) !== 'unchanged');
        const pairs = exclusivePairs(decided, pick);
        note(await replaceSlot(em, organizationId, type, decided.map((a) => a.userId), pairs));
      }
      if (!options?.keepTeamSuppressions) {
        const unsuppressed = await executeBound<{ user_id: string }>(
          em,
          `delete from org_entities.team_suppression where organization_id = ? and user_id = any(?::uuid[]) returning user_id`,
          [organizationId, pgArray(allUsers)],
        );
        note(unsuppressed);
      }
      await executeBound(
        em,
        `insert into org_entities.known_user (user_id, organization_id) select u, ? from unnest(?::uuid[]) as u on conflict do nothing`,
        [organizationId, pgArray(allUsers)],
      );
      if (changed.size > 0) raise(new AssignmentsChangedEvent(organizationId, [...changed]));
      return { usersChanged: changed.size };
    });
  }
}

function teamPairs(assignments: readonly ScimAssignment[]): Pairs {
  const pairs: Pairs = { users: [], entities: [] };
  for (const a of assignments) {
    for (const teamId of new Set(a.teamIds)) {
      pairs.users.push(a.userId);
      pairs.entities.push(teamId);
    }
  }
  return pairs;
}

function exclusivePairs(assignments: readonly ScimAssignment[], pick: (a: ScimAssignment) => ScimExclusiveTarget): Pairs {
  const pairs: Pairs = { users: [], entities: [] };
  for (const a of assignments) {
    const target = pick(a);
    if (target !== 'unchanged' && target.entityId) {
      pairs.users.push(a.userId);
      pairs.entities.push(target.entityId);
    }
  }
  return pairs;
}

/** Two statements per slot: drop the SCIM rows not wanted any more, insert the missing ones. */
async function replaceSlot(em: EntityManager, organizationId: string, type: EntityType, users: string[], wanted: Pairs): Promise<{ user_id: string }[]> {
  if (users.length === 0) return [];
  const removed = await executeBound<{ user_id: string }>(
    em,
    `delete from org_entities.assignment a
      where a.organization_id = ? and a.source = 'scim' and a.entity_type = ? and a.user_id = any(?::uuid[])
        and not exists (select 1 from unnest(?::uuid[], ?::uuid[]) as w(user_id, entity_id) where w.user_id = a.user_id and w.entity_id = a.entity_id)
      returning a.user_id`,
    [organizationId, type, pgArray(users), pgArray(wanted.users), pgArray(wanted.entities)],
  );
  if (wanted.users.length === 0) return removed;
  const added = await executeBound<{ user_id: string }>(
    em,
    `insert into org_entities.assignment (organization_id, user_id, entity_id, entity_type, source)
     select ?, w.user_id, w.entity_id, ?, 'scim' from unnest(?::uuid[], ?::uuid[]) as w(user_id, entity_id)
       join org_entities.entity e on e.id = w.entity_id and e.organization_id = ? and e.type = ?
     on conflict do nothing returning user_id`,
    [organizationId, type, pgArray(wanted.users), pgArray(wanted.entities), organizationId, type],
  );
  return [...removed, ...added];
}
