import { DurableEventHandler } from '@app/platform';
import { OrganizationDeletedEvent, OrganizationRowsPurge } from '@app/tenancy';

/** A deleted organization takes every row of this module with it. */
@DurableEventHandler(OrganizationDeletedEvent)
export class DeleteOrganizationActivityHandler extends OrganizationRowsPurge {
  protected readonly tables = ['activity_log.scim_request'];
}
