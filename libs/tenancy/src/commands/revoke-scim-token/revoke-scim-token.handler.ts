import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@app/platform';
import { revokeActiveScimToken } from '../../tokens/scim-token-issuer';
import { RevokeScimTokenCommand } from './revoke-scim-token.command';

@CommandHandler(RevokeScimTokenCommand)
export class RevokeScimTokenHandler implements ICommandHandler<RevokeScimTokenCommand, { revoked: boolean }> {
  constructor(private readonly transactions: TransactionRunner) {}

  execute({ organizationId }: RevokeScimTokenCommand): Promise<{ revoked: boolean }> {
    return this.transactions.run(async ({ em }) => ({ revoked: await revokeActiveScimToken(em, organizationId) }));
  }
}
