import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { executeBound, pgArray } from '@app/platform';
import { isRole } from '../../domain/role';
import { RoleRecomputer } from '../../domain/role-recomputer';
import { ReconcileRolesCommand } from './reconcile-roles.command';

@CommandHandler(ReconcileRolesCommand)
export class ReconcileRolesHandler implements ICommandHandler<ReconcileRolesCommand, { changed: number }> {
  constructor(private readonly recomputer: RoleRecomputer) {}

  async execute({ organizationId, users }: ReconcileRolesCommand): Promise<{ changed: number }> {
    const corrected = new Set<string>();
    const changes = await this.recomputer.recomputeUsers(
      organizationId,
      users.map((u) => u.userId),
      async (em) => {
        // A missing row or a stale IdP input (an event that never arrived); rows of other organizations are left alone.
        const rows = await executeBound<{ user_id: string }>(
          em,
          `insert into roles.user_role as r (user_id, organization_id, idp_role)
           select u.user_id, ?, nullif(u.idp_role, '') from unnest(?::uuid[], ?::text[]) as u(user_id, idp_role)
           on conflict (user_id) do update set idp_role = excluded.idp_role, updated_at = now()
            where r.organization_id = excluded.organization_id and r.idp_role is distinct from excluded.idp_role
           returning r.user_id`,
          [organizationId, pgArray(users.map((u) => u.userId)), pgArray(users.map((u) => (isRole(u.idpRole) ? u.idpRole : '')))],
        );
        rows.forEach((row) => corrected.add(row.user_id));
      },
    );
    changes.forEach((change) => corrected.add(change.userId));
    return { changed: corrected.size };
  }
}
