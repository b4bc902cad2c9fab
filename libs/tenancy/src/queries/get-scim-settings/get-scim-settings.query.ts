import { Query } from '@nestjs/cqrs';

export interface ScimTokenMetadata {
  id: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
}

export interface ScimSettingsView {
  organizationId: string;
  scimBaseUrl: string;
  groupProvisioningEnabled: boolean;
  token: ScimTokenMetadata | null;
}

export class GetScimSettingsQuery extends Query<ScimSettingsView> {
  constructor(readonly organizationId: string) {
    super();
  }
}
