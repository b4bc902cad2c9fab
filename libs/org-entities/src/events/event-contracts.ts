import { EventContract, eventSchema, publishEventContracts, schemaOf } from '@app/platform';

/** Users whose teams, concurrency group or sub-organization may have changed: the platform re-reads them (public). */
export const orgEntitiesEventContracts: EventContract[] = [
  { type: 'org-entities.assignments-changed.v1', public: true, schema: eventSchema('org-entities.assignments-changed.v1', { userIds: schemaOf.uuids }) },
];

publishEventContracts(orgEntitiesEventContracts);
