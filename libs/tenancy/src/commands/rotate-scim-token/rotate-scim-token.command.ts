import { Command } from '@nestjs/cqrs';
import type { IssuedScimToken } from '../../tokens/scim-token-issuer';

export interface RotateScimTokenOptions {
  /** Keep the current token working for SCIM_TOKEN_GRACE_HOURS, so the IdP can be updated without downtime. */
  overlap?: boolean;
}

export class RotateScimTokenCommand extends Command<IssuedScimToken> {
  constructor(
    readonly organizationId: string,
    readonly options: RotateScimTokenOptions = {},
  ) {
    super();
  }
}
