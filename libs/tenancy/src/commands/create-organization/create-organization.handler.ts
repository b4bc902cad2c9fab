import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InvalidInputError, isUniqueViolation, TransactionRunner } from '@app/platform';
import { OrganizationCreatedEvent } from '../../events/organization-created.event';
import { OrganizationDirectory } from '../../organizations/organization-directory';
import { Organization } from '../../organizations/organization.entity';
import { issueScimToken } from '../../tokens/scim-token-issuer';
import { CreateOrganizationCommand, CreatedOrganization, OrganizationAlreadyExistsError } from './create-organization.command';

@CommandHandler(CreateOrganizationCommand)
export class CreateOrganizationHandler implements ICommandHandler<CreateOrganizationCommand, CreatedOrganization> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly organizations: OrganizationDirectory,
  ) {}

  async execute({ name, externalId }: CreateOrganizationCommand): Promise<CreatedOrganization> {
    const trimmed = name?.trim();
    if (!trimmed) throw new InvalidInputError('An organization needs a name');
    const external = externalId?.trim() || null;
    try {
      return await this.create(trimmed, external);
    } catch (error) {
      // Two concurrent creates of one external id: the loser answers like a repeat.
      if (external && isUniqueViolation(error)) await this.assertNew(external);
      throw error;
    }
  }

  private async create(name: string, externalId: string | null): Promise<CreatedOrganization> {
    if (externalId) await this.assertNew(externalId);
    return this.transactions.run(async ({ em, raise }) => {
      const organization = em.create(Organization, { name, externalId, groupProvisioningEnabled: false });
      await em.flush();
      const { scimToken } = await issueScimToken(em, organization.id, null);
      raise(new OrganizationCreatedEvent(organization.id, organization.name));
      return { organizationId: organization.id, name: organization.name, externalId, scimToken };
    });
  }

  private async assertNew(externalId: string): Promise<void> {
    const existing = await this.organizations.find(externalId);
    if (existing && existing.externalId === externalId) throw new OrganizationAlreadyExistsError(existing.id);
  }
}
