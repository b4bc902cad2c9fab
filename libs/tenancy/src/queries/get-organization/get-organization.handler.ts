import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@app/platform';
import { GetOrganizationQuery, OrganizationView } from './get-organization.query';

@QueryHandler(GetOrganizationQuery)
export class GetOrganizationHandler implements IQueryHandler<GetOrganizationQuery, OrganizationView | null> {
  constructor(private readonly db: TransactionRunner) {}

  async execute({ organizationId }: GetOrganizationQuery): Promise<OrganizationView | null> {
    const [row] = await this.db.query<{ id: string; name: string; group_provisioning_enabled: boolean; created_at: Date }>(
      'select id, name, group_provisioning_enabled, created_at from tenancy.organization where id = ?',
      [organizationId],
    );
    return row ? { id: row.id, name: row.name, groupProvisioningEnabled: row.group_provisioning_enabled, createdAt: new Date(row.created_at) } : null;
  }
}
