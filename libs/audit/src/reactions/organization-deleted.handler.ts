import { DurableEventHandler } from '@app/platform';
import { OrganizationDeletedEvent, OrganizationRowsPurge } from '@app/tenancy';

/** A deleted organization takes its audit trail with it: the platform deletes all of an organization's data. */
@DurableEventHandler(OrganizationDeletedEvent)
export class DeleteOrganizationAuditHandler extends OrganizationRowsPurge {
  protected readonly tables = ['audit.admin_action'];
}
