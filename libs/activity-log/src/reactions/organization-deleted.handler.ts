import { EventsHandler } from '@nestjs/cqrs';
import { OrganizationDeletedEvent, OrganizationRowsPurge } from '@app/tenancy';

/** A deleted organization takes every row of this module with it. */
@EventsHandler(OrganizationDeletedEvent)
export class DeleteOrganizationActivityHandler extends OrganizationRowsPurge {
  protected readonly tables = ['activity_log.scim_request'];
}
