import { Command } from '@nestjs/cqrs';

export interface UserAttributeInput {
  userId: string;
  /** The user's LambdatestGroup: a concurrency group's name, or null. */
  lambdatestGroup: string | null;
}

export interface UserAttributesReconciled {
  /** Users whose LambdatestGroup assignment had to be corrected. */
  lambdatestGroup: number;
  /** Users this module did not count in the organization (so not in its Default concurrency group), or counted wrongly. */
  defaultConcurrencyGroup: number;
}

/**
 * Reconcile of what org-entities derives from users themselves: the LambdatestGroup assignment and
 * membership of the organization (the Default concurrency group's members). `users` is every user
 * of the organization; set-based, and a no-op on a settled organization.
 */
export class ReconcileUserAttributesCommand extends Command<UserAttributesReconciled> {
  constructor(
    readonly organizationId: string,
    readonly users: readonly UserAttributeInput[],
  ) {
    super();
  }
}
