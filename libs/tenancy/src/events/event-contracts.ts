import { EventContract, eventSchema, publishEventContracts, schemaOf } from '@app/platform';

/** Organization deleted: every module, in whatever service it runs, purges its rows. SCIM token rotated: public. */
export const tenancyEventContracts: EventContract[] = [
  { type: 'tenancy.organization-deleted.v1', schema: eventSchema('tenancy.organization-deleted.v1', {}) },
  {
    type: 'tenancy.scim-token-rotated.v1',
    public: true,
    schema: eventSchema('tenancy.scim-token-rotated.v1', {
      tokenId: schemaOf.uuid,
      prefix: schemaOf.string,
      previousTokenExpiresAt: { type: ['string', 'null'], format: 'date-time' },
    }),
  },
];

publishEventContracts(tenancyEventContracts);
