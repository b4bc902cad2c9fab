import { DurableEventHandler } from '@app/platform';
import { OrganizationDeletedEvent, OrganizationRowsPurge } from '@app/tenancy';

/** A deleted organization takes every row of this module with it. */
@DurableEventHandler(OrganizationDeletedEvent)
export class DeleteOrganizationMappingsHandler extends OrganizationRowsPurge {
  protected readonly tables = ['mapping_rules.group_mapping', 'mapping_rules.mapping_rule'];
}
