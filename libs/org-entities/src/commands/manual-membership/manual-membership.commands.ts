import { Command } from '@nestjs/cqrs';

/** An admin puts a user in an entity. For an exclusive type this replaces the user's other manual choice. */
export class AddEntityMemberCommand extends Command<void> {
  constructor(
    readonly organizationId: string,
    readonly entityId: string,
    readonly userId: string,
  ) {
    super();
  }
}

/** An admin takes a user out. For a team SCIM gave, this holds until the next SCIM change for that user. */
export class RemoveEntityMemberCommand extends Command<void> {
  constructor(
    readonly organizationId: string,
    readonly entityId: string,
    readonly userId: string,
  ) {
    super();
  }
}
