import { DurableEvent } from '@app/platform';
import type { Role } from '../domain/role';

export interface EffectiveRoleChange {
  userId: string;
  /** null the first time the user's role is computed. */
  previousRole: Role | null;
  role: Role;
}

/** One event per recompute batch, only for users whose role actually changed. */
@DurableEvent<EffectiveRoleChangedEvent>({ type: 'roles.effective-role-changed.v1', aggregateType: 'organization', aggregateId: (e) => e.organizationId })
export class EffectiveRoleChangedEvent {
  constructor(
    readonly organizationId: string,
    readonly changes: EffectiveRoleChange[],
  ) {}
}
