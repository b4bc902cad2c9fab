import { Command } from '@nestjs/cqrs';

/** Revokes one token (`tokenId`) or every live token of the organization. */
export class RevokeScimTokenCommand extends Command<{ revoked: boolean }> {
  constructor(
    readonly organizationId: string,
    readonly tokenId?: string,
  ) {
    super();
  }
}
