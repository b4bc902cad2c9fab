import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InvalidInputError, TransactionRunner } from '@app/platform';
import { OrganizationCreatedEvent } from '../../events/organization-created.event';
import { Organization } from '../../organizations/organization.entity';
import { replaceActiveScimToken } from '../../tokens/scim-token-issuer';
import { CreateOrganizationCommand, CreatedOrganization } from './create-organization.command';

@CommandHandler(CreateOrganizationCommand)
export class CreateOrganizationHandler implements ICommandHandler<CreateOrganizationCommand, CreatedOrganization> {
  constructor(private readonly transactions: TransactionRunner) {}

  async execute({ name }: CreateOrganizationCommand): Promise<CreatedOrganization> {
    const trimmed = name?.trim();
    if (!trimmed) throw new InvalidInputError('An organization needs a name');
    return this.transactions.run(async ({ em, raise }) => {
      const organization = em.create(Organization, { name: trimmed, groupProvisioningEnabled: false });
      await em.flush();
      const { scimToken } = await replaceActiveScimToken(em, organization.id);
      raise(new OrganizationCreatedEvent(organization.id, organization.name));
      return { organizationId: organization.id, name: organization.name, scimToken };
    });
  }
}
