import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AppConfig, TransactionRunner } from '@app/platform';
import { lockOrganization } from '../../organizations/require-organization';
import { IssuedScimToken, issueScimToken } from '../../tokens/scim-token-issuer';
import { ScimTokenRotatedEvent } from '../../events/scim-token-rotated.event';
import { RotateScimTokenCommand } from './rotate-scim-token.command';

@CommandHandler(RotateScimTokenCommand)
export class RotateScimTokenHandler implements ICommandHandler<RotateScimTokenCommand, IssuedScimToken> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly config: AppConfig,
  ) {}

  execute({ organizationId, options }: RotateScimTokenCommand): Promise<IssuedScimToken> {
    const graceSeconds = options.overlap ? Math.round(this.config.SCIM_TOKEN_GRACE_HOURS * 3600) : null;
    return this.transactions.run(async ({ em, raise }) => {
      await lockOrganization(em, organizationId);
      const issued = await issueScimToken(em, organizationId, graceSeconds);
      raise(new ScimTokenRotatedEvent(organizationId, issued.tokenId, issued.prefix, issued.previousTokenExpiresAt?.toISOString() ?? null));
      return issued;
    });
  }
}
