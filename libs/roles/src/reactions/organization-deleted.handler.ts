import { DurableEventHandler } from '@app/platform';
import { OrganizationDeletedEvent, OrganizationRowsPurge } from '@app/tenancy';

/** A deleted organization takes every row of this module with it. */
@DurableEventHandler(OrganizationDeletedEvent)
export class DeleteOrganizationRolesHandler extends OrganizationRowsPurge {
  protected readonly tables = ['roles.user_role'];
}
