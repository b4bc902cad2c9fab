import { Query } from '@nestjs/cqrs';

export interface OrganizationView {
  id: string;
  /** The platform's id for the organization, when the platform created it with one. */
  externalId: string | null;
  name: string;
  groupProvisioningEnabled: boolean;
  /** Set while the organization is disabled: SCIM and the admin API refuse its credentials. */
  disabledAt: Date | null;
  createdAt: Date;
}

/** By our id, or by the platform's external id (`reference` is tried as both). */
export class GetOrganizationQuery extends Query<OrganizationView | null> {
  constructor(readonly reference: string) {
    super();
  }
}
