import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page, TransactionRunner } from '@app/platform';
import { ORGANIZATION_COLUMNS, OrganizationRow, toOrganizationView } from '../../organizations/organization-directory';
import type { OrganizationView } from '../get-organization/get-organization.query';
import { ListOrganizationsQuery } from './list-organizations.query';

@QueryHandler(ListOrganizationsQuery)
export class ListOrganizationsHandler implements IQueryHandler<ListOrganizationsQuery, Page<OrganizationView>> {
  constructor(private readonly db: TransactionRunner) {}

  async execute({ page, pageSize }: ListOrganizationsQuery): Promise<Page<OrganizationView>> {
    const rows = await this.db.query<OrganizationRow & { total: string }>(
      `select ${ORGANIZATION_COLUMNS}, count(*) over () as total from tenancy.organization order by created_at, id limit ? offset ?`,
      [pageSize, (page - 1) * pageSize],
    );
    // A page past the end has no row to carry the count.
    const total = rows.length > 0 ? Number(rows[0].total) : Number((await this.db.query<{ n: string }>('select count(*) as n from tenancy.organization'))[0].n);
    return { items: rows.map(toOrganizationView), page, pageSize, total };
  }
}
