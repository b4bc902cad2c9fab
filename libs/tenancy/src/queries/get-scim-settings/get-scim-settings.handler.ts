import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AppConfig, TransactionRunner } from '@app/platform';
import { OrganizationDirectory } from '../../organizations/organization-directory';
import { OrganizationNotFoundError } from '../../organizations/require-organization';
import { liveScimTokens } from '../list-scim-tokens/live-scim-tokens';
import { GetScimSettingsQuery, ScimSettingsView } from './get-scim-settings.query';

@QueryHandler(GetScimSettingsQuery)
export class GetScimSettingsHandler implements IQueryHandler<GetScimSettingsQuery, ScimSettingsView> {
  constructor(
    private readonly db: TransactionRunner,
    private readonly organizations: OrganizationDirectory,
    private readonly config: AppConfig,
  ) {}

  async execute({ organizationId }: GetScimSettingsQuery): Promise<ScimSettingsView> {
    const organization = await this.organizations.find(organizationId);
    if (!organization || organization.id !== organizationId) throw new OrganizationNotFoundError(`Organization ${organizationId} does not exist`);
    const { items } = await liveScimTokens(this.db, organizationId, 1);
    return {
      organizationId,
      scimBaseUrl: this.config.scimBaseUrl,
      groupProvisioningEnabled: organization.groupProvisioningEnabled,
      token: items[0] ?? null,
    };
  }
}
