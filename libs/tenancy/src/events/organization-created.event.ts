import { DurableEvent } from '@app/platform';

@DurableEvent<OrganizationCreatedEvent>({ type: 'tenancy.organization-created.v1', aggregateType: 'organization', aggregateId: (e) => e.organizationId })
export class OrganizationCreatedEvent {
  constructor(
    readonly organizationId: string,
    readonly name: string,
  ) {}
}
