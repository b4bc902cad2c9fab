import { Command } from '@nestjs/cqrs';

/** Disabling keeps every row; SCIM and the admin API refuse the organization's credentials until enabled again. */
export class SetOrganizationEnabledCommand extends Command<void> {
  constructor(
    readonly organizationId: string,
    readonly enabled: boolean,
  ) {
    super();
  }
}
