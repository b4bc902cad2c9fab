import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Page, TransactionRunner } from '@app/platform';
import { liveScimTokens } from './live-scim-tokens';
import { ListScimTokensQuery, ScimTokenMetadata } from './list-scim-tokens.query';

@QueryHandler(ListScimTokensQuery)
export class ListScimTokensHandler implements IQueryHandler<ListScimTokensQuery, Page<ScimTokenMetadata>> {
  constructor(private readonly db: TransactionRunner) {}

  async execute({ organizationId, page, pageSize }: ListScimTokensQuery): Promise<Page<ScimTokenMetadata>> {
    const { items, total } = await liveScimTokens(this.db, organizationId, pageSize, (page - 1) * pageSize);
    return { items, page, pageSize, total };
  }
}
