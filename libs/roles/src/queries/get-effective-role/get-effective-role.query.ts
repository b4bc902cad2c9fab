import { Query } from '@nestjs/cqrs';
import type { Role, RoleDecidedBy } from '../../domain/role';

export interface RoleSourceGroup {
  groupId: string;
  displayName: string;
  roles: string[];
}

export interface EffectiveRoleView {
  userId: string;
  effectiveRole: Role;
  decidedBy: RoleDecidedBy;
  sources: {
    idpRole: Role | null;
    manualRole: Role | null;
    /** The user's live groups, with the roles each carries (possibly none). */
    groups: RoleSourceGroup[];
  };
}

/** A user's effective role and where it comes from; null while the user is unknown to this module. */
export class GetEffectiveRoleQuery extends Query<EffectiveRoleView | null> {
  constructor(
    readonly organizationId: string,
    readonly userId: string,
  ) {
    super();
  }
}
