import { Command } from '@nestjs/cqrs';

/** Removes the entity and its assignments; its users fall back (default concurrency group, root org). */
export class DeleteEntityCommand extends Command<void> {
  constructor(
    readonly organizationId: string,
    readonly entityId: string,
  ) {
    super();
  }
}
