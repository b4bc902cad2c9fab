import { Query } from '@nestjs/cqrs';
import type { Page } from '@app/platform';

export interface ScimTokenMetadata {
  id: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  /** null: works until revoked or rotated; set: the end of a rotation's grace period. */
  expiresAt: Date | null;
}

/** The organization's live tokens, newest first: one, or two during a rotation overlap. Never the secrets. */
export class ListScimTokensQuery extends Query<Page<ScimTokenMetadata>> {
  constructor(
    readonly organizationId: string,
    readonly page = 1,
    readonly pageSize = 50,
  ) {
    super();
  }
}
