import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { isUuid, ReadSide } from '@app/platform';
import { effectiveMembership } from '../../read-model/effective-membership';
import { AssignedEntity, GetUserAssignmentsQuery, UserAssignments } from './user-assignments.query';

@QueryHandler(GetUserAssignmentsQuery)
export class GetUserAssignmentsHandler implements IQueryHandler<GetUserAssignmentsQuery, UserAssignments> {
  constructor(private readonly reads: ReadSide) {}

  async execute({ organizationId, userId }: GetUserAssignmentsQuery): Promise<UserAssignments> {
    const none: UserAssignments = { teams: [], concurrencyGroup: null, subOrganization: null };
    if (!isUuid(userId)) return none;
    const membership = effectiveMembership(organizationId);
    const rows = await this.reads.rows<AssignedEntity>(
      `with effective as (${membership.sql})
       select e.id, e.type, e.name, min(f.source) as source from effective f join org_entities.entity e on e.id = f.entity_id
        where f.user_id = ? group by e.id, e.type, e.name order by lower(e.name)`,
      [...membership.params, userId],
    );
    return {
      teams: rows.filter((r) => r.type === 'team'),
      concurrencyGroup: rows.find((r) => r.type === 'concurrency_group') ?? null,
      subOrganization: rows.find((r) => r.type === 'sub_organization') ?? null,
    };
  }
}
