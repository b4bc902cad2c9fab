import { Command } from '@nestjs/cqrs';
import type { IssuedScimToken } from '../../tokens/scim-token-issuer';

export class RotateScimTokenCommand extends Command<IssuedScimToken> {
  constructor(readonly organizationId: string) {
    super();
  }
}
