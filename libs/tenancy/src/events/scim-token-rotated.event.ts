import { DurableEvent } from '@app/platform';

/**
 * The organization's SCIM token was regenerated (never the token itself): the platform can warn
 * the admin until the IdP uses the new one. `previousTokenExpiresAt` (ISO 8601) is when the old
 * token stops working, null when it stopped at once.
 */
@DurableEvent<ScimTokenRotatedEvent>({ type: 'tenancy.scim-token-rotated.v1', aggregateType: 'organization', aggregateId: (e) => e.organizationId })
export class ScimTokenRotatedEvent {
  constructor(
    readonly organizationId: string,
    readonly tokenId: string,
    readonly prefix: string,
    readonly previousTokenExpiresAt: string | null,
  ) {}
}
