import { DurableEvent } from '@app/platform';

@DurableEvent<AssignmentsChangedEvent>({ type: 'org-entities.assignments-changed.v1', aggregateType: 'organization', aggregateId: (e) => e.organizationId })
export class AssignmentsChangedEvent {
  constructor(
    readonly organizationId: string,
    /** Users whose effective teams, concurrency group or sub-organization may have changed. */
    readonly userIds: string[],
  ) {}
}
