import { DurableEventHandler } from '@app/platform';
import { OrganizationDeletedEvent, OrganizationRowsPurge } from '@app/tenancy';

/** A deleted organization takes every row of this module with it. */
@DurableEventHandler(OrganizationDeletedEvent)
export class DeleteOrganizationEntitiesHandler extends OrganizationRowsPurge {
  protected readonly tables = ['org_entities.assignment', 'org_entities.team_suppression', 'org_entities.known_user', 'org_entities.entity'];
}
