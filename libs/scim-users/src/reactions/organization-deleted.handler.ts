import { EventsHandler } from '@nestjs/cqrs';
import { OrganizationDeletedEvent, OrganizationRowsPurge } from '@app/tenancy';

/** A deleted organization takes every row of this module with it. */
@EventsHandler(OrganizationDeletedEvent)
export class DeleteOrganizationUsersHandler extends OrganizationRowsPurge {
  protected readonly tables = ['scim_users.user_account'];
}
