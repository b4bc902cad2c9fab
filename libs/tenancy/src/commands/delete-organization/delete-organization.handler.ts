import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@app/platform';
import { OrganizationDeletedEvent } from '../../events/organization-deleted.event';
import { lockOrganization } from '../../organizations/require-organization';
import { notifyScimTokensChanged } from '../../tokens/scim-token-changes';
import { DeleteOrganizationCommand } from './delete-organization.command';

@CommandHandler(DeleteOrganizationCommand)
export class DeleteOrganizationHandler implements ICommandHandler<DeleteOrganizationCommand, void> {
  constructor(private readonly transactions: TransactionRunner) {}

  async execute({ organizationId }: DeleteOrganizationCommand): Promise<void> {
    await this.transactions.run(async ({ em, raise }) => {
      await lockOrganization(em, organizationId);
      await em.execute(`delete from tenancy.scim_token where organization_id = ?`, [organizationId]);
      await em.execute(`delete from tenancy.organization where id = ?`, [organizationId]);
      await notifyScimTokensChanged(em, organizationId);
      raise(new OrganizationDeletedEvent(organizationId));
    });
  }
}
