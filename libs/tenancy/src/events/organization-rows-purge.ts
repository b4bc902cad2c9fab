import { Injectable } from '@nestjs/common';
import { DurableEventHandler, executeBound, TransactionRunner } from '@app/platform';
import type { OrganizationDeletedEvent } from './organization-deleted.event';

/**
 * Base of each module's reaction to a deleted organization: the module names its own tables
 * (children before parents, for foreign keys) and every row of the organization goes, in one
 * transaction. Delivered at least once: a repeat finds nothing left to delete.
 */
@Injectable()
export abstract class OrganizationRowsPurge implements DurableEventHandler<OrganizationDeletedEvent> {
  /** Schema-qualified tables that each have an organization_id column. */
  protected abstract readonly tables: readonly string[];

  constructor(private readonly transactions: TransactionRunner) {}

  async handle({ organizationId }: OrganizationDeletedEvent): Promise<void> {
    await this.transactions.run(async ({ em }) => {
      for (const table of this.tables) await executeBound(em, `delete from ${table} where organization_id = ?`, [organizationId]);
    });
  }
}
