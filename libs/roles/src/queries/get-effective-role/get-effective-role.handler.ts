import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { isUuid, ReadSide } from '@app/platform';
import { GetUserGroupsQuery } from '@app/scim-groups';
import { decidedBy, Role } from '../../domain/role';
import { EffectiveRoleView, GetEffectiveRoleQuery } from './get-effective-role.query';

interface UserRoleRow {
  idp_role: Role | null;
  manual_role: Role | null;
  group_role: Role | null;
  effective_role: Role | null;
}

@QueryHandler(GetEffectiveRoleQuery)
export class GetEffectiveRoleHandler implements IQueryHandler<GetEffectiveRoleQuery, EffectiveRoleView | null> {
  constructor(
    private readonly reads: ReadSide,
    private readonly queries: QueryBus,
  ) {}

  async execute({ organizationId, userId }: GetEffectiveRoleQuery): Promise<EffectiveRoleView | null> {
    if (!isUuid(userId)) return null;
    const [row] = await this.reads.rows<UserRoleRow>(
      `select idp_role, manual_role, group_role, effective_role from roles.user_role where organization_id = ? and user_id = ?`,
      [organizationId, userId],
    );
    if (!row?.effective_role) return null;
    const groups = await this.queries.execute(new GetUserGroupsQuery(organizationId, userId));
    return {
      userId,
      effectiveRole: row.effective_role,
      // From the stored inputs the role was computed from, so the answer agrees with effectiveRole.
      decidedBy: decidedBy(row.group_role, row.idp_role, row.manual_role),
      sources: { idpRole: row.idp_role, manualRole: row.manual_role, groups },
    };
  }
}
