import { Command } from '@nestjs/cqrs';
import type { UserDocument } from '../../domain/user-account.entity';
import type { UserRecord } from '../../read-model/user-record';

/** PUT /Users/{id}: the document replaces every attribute the IdP manages. */
export class ReplaceUserCommand extends Command<UserRecord> {
  constructor(
    readonly organizationId: string,
    readonly userId: string,
    readonly document: UserDocument,
    readonly expectedVersion?: number,
  ) {
    super();
  }
}
