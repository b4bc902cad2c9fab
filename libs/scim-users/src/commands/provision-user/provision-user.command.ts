import { Command } from '@nestjs/cqrs';
import type { UserDocument } from '../../domain/user-account.entity';
import type { UserRecord } from '../../read-model/user-record';

export interface ProvisionedUser {
  user: UserRecord;
  adopted: boolean;
}

/** POST /Users: create the account, or adopt the organization's admin-invited account of the same email. */
export class ProvisionUserCommand extends Command<ProvisionedUser> {
  constructor(
    readonly organizationId: string,
    readonly document: UserDocument,
  ) {
    super();
  }
}
