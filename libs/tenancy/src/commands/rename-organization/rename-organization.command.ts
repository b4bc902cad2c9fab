import { Command } from '@nestjs/cqrs';

export class RenameOrganizationCommand extends Command<void> {
  constructor(
    readonly organizationId: string,
    readonly name: string,
  ) {
    super();
  }
}
