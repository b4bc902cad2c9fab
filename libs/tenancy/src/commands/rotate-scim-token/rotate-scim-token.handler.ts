import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@app/platform';
import { requireOrganization } from '../../organizations/require-organization';
import { IssuedScimToken, replaceActiveScimToken } from '../../tokens/scim-token-issuer';
import { RotateScimTokenCommand } from './rotate-scim-token.command';

@CommandHandler(RotateScimTokenCommand)
export class RotateScimTokenHandler implements ICommandHandler<RotateScimTokenCommand, IssuedScimToken> {
  constructor(private readonly transactions: TransactionRunner) {}

  execute({ organizationId }: RotateScimTokenCommand): Promise<IssuedScimToken> {
    return this.transactions.run(async ({ em }) => {
      await requireOrganization(em, organizationId);
      return replaceActiveScimToken(em, organizationId);
    });
  }
}
