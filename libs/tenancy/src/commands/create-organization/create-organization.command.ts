import { Command } from '@nestjs/cqrs';

export interface CreatedOrganization {
  organizationId: string;
  name: string;
  scimToken: string;
}

export class CreateOrganizationCommand extends Command<CreatedOrganization> {
  constructor(readonly name: string) {
    super();
  }
}
