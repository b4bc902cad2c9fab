import { Command } from '@nestjs/cqrs';

export interface AuditedAction {
  organizationId: string;
  /** The admin token's subject; `system` for the service's own decisions. */
  actor: string;
  /** `<area>.<verb>`, e.g. `mapping_rule.updated`: filterable by the whole kind or its area. */
  kind: string;
  targetType: string | null;
  targetId: string | null;
  before: unknown;
  after: unknown;
  requestId?: string | null;
  /** Set by event reactions: a redelivered event records nothing twice. */
  dedupeKey?: string | null;
}

/** Appends one entry to the organization's audit log. Never carries a secret (the edge strips tokens). */
export class RecordAdminActionCommand extends Command<void> {
  constructor(readonly action: AuditedAction) {
    super();
  }
}
