import { CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { executeBound, isUuid, NotFoundError, TransactionRunner } from '@app/platform';
import { GetUsersByIdsQuery } from '@app/scim-users';
import { DefaultMembershipError, ScimOwnedAssignmentError } from '../../domain/entity-errors';
import { loadEntity } from '../../domain/entity-repository';
import { isExclusive } from '../../domain/entity-types';
import { AssignmentsChangedEvent } from '../../events/assignments-changed.event';
import { AddEntityMemberCommand, RemoveEntityMemberCommand } from './manual-membership.commands';

class MemberNotFoundError extends NotFoundError {}

async function assertUser(queries: QueryBus, organizationId: string, userId: string): Promise<void> {
  const [user] = await queries.execute(new GetUsersByIdsQuery(organizationId, [userId]));
  if (!user) throw new MemberNotFoundError(`User ${userId} not found`);
}

@CommandHandler(AddEntityMemberCommand)
export class AddEntityMemberHandler implements ICommandHandler<AddEntityMemberCommand, void> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly queries: QueryBus,
  ) {}

  async execute({ organizationId, entityId, userId }: AddEntityMemberCommand): Promise<void> {
    await assertUser(this.queries, organizationId, userId);
    await this.transactions.run(async ({ em, raise }) => {
      const entity = await loadEntity(em, organizationId, entityId);
      if (!isExclusive(entity.type)) {
        await executeBound(
          em,
          `insert into org_entities.assignment (organization_id, user_id, entity_id, entity_type, source) values (?, ?, ?, ?, 'manual') on conflict do nothing`,
          [organizationId, userId, entity.id, entity.type],
        );
      } else if (entity.isDefault) {
        // The default needs no row: dropping the manual choice is what puts the user back there.
        await executeBound(em, `delete from org_entities.assignment where user_id = ? and entity_type = ? and source = 'manual'`, [userId, entity.type]);
      } else {
        // One manual choice per exclusive slot (a unique key): moving the user replaces it, even under races.
        await executeBound(
          em,
          `insert into org_entities.assignment (organization_id, user_id, entity_id, entity_type, source) values (?, ?, ?, ?, 'manual')
           on conflict (user_id, entity_type, source) where entity_type <> 'team' do update set entity_id = excluded.entity_id, created_at = now()`,
          [organizationId, userId, entity.id, entity.type],
        );
      }
      await executeBound(em, `delete from org_entities.team_suppression where user_id = ? and entity_id = ?`, [userId, entity.id]);
      await executeBound(em, `insert into org_entities.known_user (user_id, organization_id) values (?, ?) on conflict do nothing`, [userId, organizationId]);
      raise(new AssignmentsChangedEvent(organizationId, [userId]));
    });
  }
}

@CommandHandler(RemoveEntityMemberCommand)
export class RemoveEntityMemberHandler implements ICommandHandler<RemoveEntityMemberCommand, void> {
  constructor(private readonly transactions: TransactionRunner) {}

  async execute({ organizationId, entityId, userId }: RemoveEntityMemberCommand): Promise<void> {
    await this.transactions.run(async ({ em, raise }) => {
      const entity = await loadEntity(em, organizationId, entityId);
      if (entity.isDefault) throw new DefaultMembershipError();
      const rows = isUuid(userId)
        ? await executeBound<{ source: string }>(em, `select source from org_entities.assignment where user_id = ? and entity_id = ?`, [userId, entity.id])
        : [];
      if (rows.length === 0) throw new MemberNotFoundError(`User ${userId} is not a member of ${entity.name}`);
      const fromScim = rows.some((r) => r.source === 'scim');
      if (fromScim && isExclusive(entity.type)) throw new ScimOwnedAssignmentError();
      await executeBound(em, `delete from org_entities.assignment where user_id = ? and entity_id = ? and source <> 'scim'`, [userId, entity.id]);
      if (fromScim) {
        await executeBound(em, `insert into org_entities.team_suppression (organization_id, user_id, entity_id) values (?, ?, ?) on conflict do nothing`, [organizationId, userId, entity.id]);
      }
      raise(new AssignmentsChangedEvent(organizationId, [userId]));
    });
  }
}
