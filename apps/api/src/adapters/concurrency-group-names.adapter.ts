import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { FindEntityByNameQuery } from '@app/org-entities';
import type { ConcurrencyGroupNames } from '@app/scim-users';

/** scim-users' port for LambdatestGroup names, answered by org-entities. */
@Injectable()
export class ConcurrencyGroupNamesAdapter implements ConcurrencyGroupNames {
  constructor(private readonly queries: QueryBus) {}

  async exists(organizationId: string, name: string): Promise<boolean> {
    return (await this.queries.execute(new FindEntityByNameQuery(organizationId, 'concurrency_group', name))) !== null;
  }
}
