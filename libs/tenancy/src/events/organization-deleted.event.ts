import { DurableEvent } from '@app/platform';

/** Every module removes all its rows of the organization when it receives this (idempotently). */
@DurableEvent<OrganizationDeletedEvent>({ type: 'tenancy.organization-deleted.v1', aggregateType: 'organization', aggregateId: (e) => e.organizationId })
export class OrganizationDeletedEvent {
  constructor(readonly organizationId: string) {}
}
