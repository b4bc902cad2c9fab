import { randomUUID } from 'node:crypto';
import { DurableEventHandler, executeBound, TransactionRunner } from '@app/platform';
import { OrganizationCreatedEvent } from '@app/tenancy';

export const DEFAULT_CONCURRENCY_GROUP_NAME = 'Default';

/** Every organization has a default concurrency group from the start; a repeated delivery finds it there. */
@DurableEventHandler(OrganizationCreatedEvent)
export class CreateDefaultConcurrencyGroupHandler implements DurableEventHandler<OrganizationCreatedEvent> {
  constructor(private readonly db: TransactionRunner) {}

  async handle({ organizationId }: OrganizationCreatedEvent): Promise<void> {
    await this.db.run(({ em }) =>
      executeBound(
        em,
        `insert into org_entities.entity (id, organization_id, type, name, is_default) values (?, ?, 'concurrency_group', ?, true)
         on conflict do nothing`,
        [randomUUID(), organizationId, DEFAULT_CONCURRENCY_GROUP_NAME],
      ),
    );
  }
}
