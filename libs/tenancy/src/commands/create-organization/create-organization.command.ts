import { Command } from '@nestjs/cqrs';
import { ConflictError } from '@app/platform';

export interface CreatedOrganization {
  organizationId: string;
  name: string;
  externalId: string | null;
  scimToken: string;
}

/** `externalId` is the platform's id for the organization: creating it again finds the first one. */
export class CreateOrganizationCommand extends Command<CreatedOrganization> {
  constructor(
    readonly name: string,
    readonly externalId?: string,
  ) {
    super();
  }
}

/** Create is idempotent on the external id: the caller answers with the organization that exists. */
export class OrganizationAlreadyExistsError extends ConflictError {
  constructor(readonly organizationId: string) {
    super(`An organization with this external id already exists: ${organizationId}`);
  }
}
