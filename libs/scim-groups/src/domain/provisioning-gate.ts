import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { GetOrganizationQuery } from '@app/tenancy';
import { GroupProvisioningDisabledError } from './group-errors';

/** Group writes are refused while the organization has group provisioning off (the default). */
@Injectable()
export class ProvisioningGate {
  constructor(private readonly queries: QueryBus) {}

  async assertEnabled(organizationId: string): Promise<void> {
    const organization = await this.queries.execute(new GetOrganizationQuery(organizationId));
    if (!organization?.groupProvisioningEnabled) throw new GroupProvisioningDisabledError();
  }
}
