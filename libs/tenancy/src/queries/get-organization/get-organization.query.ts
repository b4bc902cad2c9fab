import { Query } from '@nestjs/cqrs';

export interface OrganizationView {
  id: string;
  name: string;
  groupProvisioningEnabled: boolean;
  createdAt: Date;
}

export class GetOrganizationQuery extends Query<OrganizationView | null> {
  constructor(readonly organizationId: string) {
    super();
  }
}
