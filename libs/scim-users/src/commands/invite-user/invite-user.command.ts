import { Command } from '@nestjs/cqrs';
import type { UserRecord } from '../../read-model/user-record';

/** An admin adds a member by hand; a later SCIM create of the same email adopts this account. */
export class InviteUserCommand extends Command<UserRecord> {
  constructor(
    readonly organizationId: string,
    readonly email: string,
    readonly givenName?: string,
    readonly familyName?: string,
  ) {
    super();
  }
}
