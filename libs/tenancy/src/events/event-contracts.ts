import { EventContract, eventSchema, publishEventContracts } from '@app/platform';

/** Every module, in whatever service it runs, purges the organization's rows on this one. */
export const tenancyEventContracts: EventContract[] = [
  { type: 'tenancy.organization-deleted.v1', schema: eventSchema('tenancy.organization-deleted.v1', {}) },
];

publishEventContracts(tenancyEventContracts);
