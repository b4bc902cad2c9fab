import { DurableEventHandler } from '@app/platform';
import { OrganizationDeletedEvent, OrganizationRowsPurge } from '@app/tenancy';

/** A deleted organization takes its conflicts and the admins' remembered decisions with it. */
@DurableEventHandler(OrganizationDeletedEvent)
export class DeleteOrganizationConflictsHandler extends OrganizationRowsPurge {
  protected readonly tables = ['assignments.conflict_decision', 'assignments.conflict'];
}
