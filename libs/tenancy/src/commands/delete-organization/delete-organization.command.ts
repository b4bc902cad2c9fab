import { Command } from '@nestjs/cqrs';

/**
 * Removes the organization and its credentials at once; every other module removes its rows of the
 * organization when OrganizationDeletedEvent reaches it (after commit, through the outbox).
 */
export class DeleteOrganizationCommand extends Command<void> {
  constructor(readonly organizationId: string) {
    super();
  }
}
