import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { OrganizationDirectory } from '../../organizations/organization-directory';
import { GetOrganizationQuery, OrganizationView } from './get-organization.query';

@QueryHandler(GetOrganizationQuery)
export class GetOrganizationHandler implements IQueryHandler<GetOrganizationQuery, OrganizationView | null> {
  constructor(private readonly organizations: OrganizationDirectory) {}

  execute({ reference }: GetOrganizationQuery): Promise<OrganizationView | null> {
    return this.organizations.find(reference);
  }
}
