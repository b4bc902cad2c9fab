import { Command } from '@nestjs/cqrs';

/** The admin's reconcile: recomputes the given users, or every user of the organization when omitted. */
export class RecomputeRolesCommand extends Command<{ changed: number }> {
  constructor(
    readonly organizationId: string,
    readonly userIds?: readonly string[],
  ) {
    super();
  }
}
