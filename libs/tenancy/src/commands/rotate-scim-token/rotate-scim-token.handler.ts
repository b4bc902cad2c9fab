import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AppConfig, TransactionRunner } from '@app/platform';
import { lockOrganization } from '../../organizations/require-organization';
import { IssuedScimToken, issueScimToken } from '../../tokens/scim-token-issuer';
import { RotateScimTokenCommand } from './rotate-scim-token.command';

@CommandHandler(RotateScimTokenCommand)
export class RotateScimTokenHandler implements ICommandHandler<RotateScimTokenCommand, IssuedScimToken> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly config: AppConfig,
  ) {}

  execute({ organizationId, options }: RotateScimTokenCommand): Promise<IssuedScimToken> {
    const graceSeconds = options.overlap ? Math.round(this.config.SCIM_TOKEN_GRACE_HOURS * 3600) : null;
    return this.transactions.run(async ({ em }) => {
      await lockOrganization(em, organizationId);
      return issueScimToken(em, organizationId, graceSeconds);
    });
  }
}
