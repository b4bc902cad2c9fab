import { Query } from '@nestjs/cqrs';
import type { ScimTokenMetadata } from '../list-scim-tokens/list-scim-tokens.query';

export interface ScimSettingsView {
  organizationId: string;
  scimBaseUrl: string;
  groupProvisioningEnabled: boolean;
  /** The current (newest live) token; an overlapping predecessor is listed by ListScimTokensQuery. */
  token: ScimTokenMetadata | null;
}

export class GetScimSettingsQuery extends Query<ScimSettingsView> {
  constructor(readonly organizationId: string) {
    super();
  }
}
