import { Command } from '@nestjs/cqrs';

/** DELETE /Users/{id}: SCIM never deletes an account; it deactivates it and keeps its history. */
export class DeactivateUserCommand extends Command<void> {
  constructor(
    readonly organizationId: string,
    readonly userId: string,
    readonly expectedVersion?: number,
  ) {
    super();
  }
}
