import { Query } from '@nestjs/cqrs';

/** What other modules derive state from, per user: the IdP's OrganizationRole and LambdatestGroup. */
export interface UserDerivationInputs {
  userId: string;
  organizationRole: string | null;
  lambdatestGroup: string | null;
}

/** Every user of the organization with their derivation inputs, for reconcile (one set-based read). */
export class ListUserDerivationInputsQuery extends Query<UserDerivationInputs[]> {
  constructor(readonly organizationId: string) {
    super();
  }
}
