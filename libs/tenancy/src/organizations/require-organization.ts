import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '@app/platform';
import { Organization } from './organization.entity';

export class OrganizationNotFoundError extends NotFoundError {}

export async function requireOrganization(em: EntityManager, organizationId: string): Promise<Organization> {
  const organization = await em.findOne(Organization, { id: organizationId });
  if (!organization) throw new OrganizationNotFoundError(`Organization ${organizationId} does not exist`);
  return organization;
}
