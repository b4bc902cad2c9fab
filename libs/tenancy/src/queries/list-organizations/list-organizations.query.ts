import { Query } from '@nestjs/cqrs';
import type { Page } from '@app/platform';
import type { OrganizationView } from '../get-organization/get-organization.query';

/** Every organization, oldest first (a platform operation). */
export class ListOrganizationsQuery extends Query<Page<OrganizationView>> {
  constructor(
    readonly page = 1,
    readonly pageSize = 50,
  ) {
    super();
  }
}
