import { Command } from '@nestjs/cqrs';

export class RevokeScimTokenCommand extends Command<{ revoked: boolean }> {
  constructor(readonly organizationId: string) {
    super();
  }
}
