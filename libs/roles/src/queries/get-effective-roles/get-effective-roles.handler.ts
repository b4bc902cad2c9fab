import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { isUuid, pgArray, ReadSide } from '@app/platform';
import { GetEffectiveRolesQuery, UserEffectiveRole } from './get-effective-roles.query';

@QueryHandler(GetEffectiveRolesQuery)
export class GetEffectiveRolesHandler implements IQueryHandler<GetEffectiveRolesQuery, UserEffectiveRole[]> {
  constructor(private readonly reads: ReadSide) {}

  async execute({ organizationId, userIds }: GetEffectiveRolesQuery): Promise<UserEffectiveRole[]> {
    const ids = [...new Set(userIds.filter(isUuid))];
    if (ids.length === 0) return [];
    return this.reads.rows<UserEffectiveRole>(
      `select user_id as "userId", effective_role as "effectiveRole" from roles.user_role
        where organization_id = ? and user_id = any(?::uuid[]) and effective_role is not null`,
      [organizationId, pgArray(ids)],
    );
  }
}
