import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { isUuid, NotFoundError, TransactionRunner } from '@app/platform';
import { lockOrganization } from '../../organizations/require-organization';
import { revokeScimTokens } from '../../tokens/scim-token-issuer';
import { RevokeScimTokenCommand } from './revoke-scim-token.command';

export class ScimTokenNotFoundError extends NotFoundError {}

@CommandHandler(RevokeScimTokenCommand)
export class RevokeScimTokenHandler implements ICommandHandler<RevokeScimTokenCommand, { revoked: boolean }> {
  constructor(private readonly transactions: TransactionRunner) {}

  execute({ organizationId, tokenId }: RevokeScimTokenCommand): Promise<{ revoked: boolean }> {
    if (tokenId !== undefined && !isUuid(tokenId)) throw new ScimTokenNotFoundError(`SCIM token ${tokenId} not found`);
    return this.transactions.run(async ({ em }) => {
      await lockOrganization(em, organizationId);
      const revoked = await revokeScimTokens(em, organizationId, tokenId);
      if (tokenId && revoked === 0) {
        const [known] = await em.execute(`select 1 from tenancy.scim_token where id = ? and organization_id = ?`, [tokenId, organizationId]);
        if (!known) throw new ScimTokenNotFoundError(`SCIM token ${tokenId} not found`);
      }
      return { revoked: revoked > 0 };
    });
  }
}
