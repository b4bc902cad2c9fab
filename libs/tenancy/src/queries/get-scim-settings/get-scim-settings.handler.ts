import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AppConfig, TransactionRunner } from '@app/platform';
import { OrganizationNotFoundError } from '../../organizations/require-organization';
import { GetScimSettingsQuery, ScimSettingsView } from './get-scim-settings.query';

interface Row {
  group_provisioning_enabled: boolean;
  token_id: string | null;
  prefix: string | null;
  created_at: Date | null;
  last_used_at: Date | null;
}

@QueryHandler(GetScimSettingsQuery)
export class GetScimSettingsHandler implements IQueryHandler<GetScimSettingsQuery, ScimSettingsView> {
  constructor(
    private readonly db: TransactionRunner,
    private readonly config: AppConfig,
  ) {}

  async execute({ organizationId }: GetScimSettingsQuery): Promise<ScimSettingsView> {
    const [row] = await this.db.query<Row>(
      `select o.group_provisioning_enabled, t.id as token_id, t.prefix, t.created_at, t.last_used_at
         from tenancy.organization o
         left join tenancy.scim_token t on t.organization_id = o.id and t.revoked_at is null
        where o.id = ?`,
      [organizationId],
    );
    if (!row) throw new OrganizationNotFoundError(`Organization ${organizationId} does not exist`);
    return {
      organizationId,
      scimBaseUrl: this.config.scimBaseUrl,
      groupProvisioningEnabled: row.group_provisioning_enabled,
      token: row.token_id
        ? { id: row.token_id, prefix: row.prefix!, createdAt: new Date(row.created_at!), lastUsedAt: row.last_used_at ? new Date(row.last_used_at) : null }
        : null,
    };
  }
}
