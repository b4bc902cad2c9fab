import { DurableEventHandler } from '@app/platform';
import { OrganizationDeletedEvent, OrganizationRowsPurge } from '@app/tenancy';

/** A deleted organization takes every row of this module with it. */
@DurableEventHandler(OrganizationDeletedEvent)
export class DeleteOrganizationGroupsHandler extends OrganizationRowsPurge {
  protected readonly tables = ['scim_groups.group_member', 'scim_groups.scim_group'];
}
