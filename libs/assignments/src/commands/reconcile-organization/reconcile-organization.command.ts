import { Command } from '@nestjs/cqrs';

export interface ReconcileReport {
  assignments: { usersChanged: number };
  roles: { changed: number };
}

/** Recomputes every piece of derived state of the org from source state and reports what moved. */
export class ReconcileOrganizationCommand extends Command<ReconcileReport> {
  constructor(readonly organizationId: string) {
    super();
  }
}
