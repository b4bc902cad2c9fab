import { DurableEventHandler } from '@app/platform';
import { OrganizationDeletedEvent, OrganizationRowsPurge } from '@app/tenancy';

/** A deleted organization takes every row of this module with it. */
@DurableEventHandler(OrganizationDeletedEvent)
export class DeleteOrganizationUsersHandler extends OrganizationRowsPurge {
  protected readonly tables = ['scim_users.cross_org_invitation', 'scim_users.user_account'];
}
