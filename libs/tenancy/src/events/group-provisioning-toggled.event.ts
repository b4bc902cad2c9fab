import { DurableEvent } from '@app/platform';

@DurableEvent<GroupProvisioningToggledEvent>({ type: 'tenancy.group-provisioning-toggled.v1', aggregateType: 'organization', aggregateId: (e) => e.organizationId })
export class GroupProvisioningToggledEvent {
  constructor(
    readonly organizationId: string,
    readonly enabled: boolean,
  ) {}
}
