import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '@app/platform';
import { Organization } from './organization.entity';

export class OrganizationNotFoundError extends NotFoundError {}

export async function requireOrganization(em: EntityManager, organizationId: string): Promise<Organization> {
  const organization = await em.findOne(Organization, { id: organizationId });
  if (!organization) throw new OrganizationNotFoundError(`Organization ${organizationId} does not exist`);
  return organization;
}

/** Credential changes of one organization serialize on its row (e.g. two rotations never leave three live tokens). */
export async function lockOrganization(em: EntityManager, organizationId: string): Promise<Organization> {
  const organization = await em.findOne(Organization, { id: organizationId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  if (!organization) throw new OrganizationNotFoundError(`Organization ${organizationId} does not exist`);
  return organization;
}
