import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@app/platform';
import { ListUserDerivationInputsQuery, UserDerivationInputs } from './list-user-derivation-inputs.query';

@QueryHandler(ListUserDerivationInputsQuery)
export class ListUserDerivationInputsHandler implements IQueryHandler<ListUserDerivationInputsQuery, UserDerivationInputs[]> {
  constructor(private readonly db: TransactionRunner) {}

  execute({ organizationId }: ListUserDerivationInputsQuery): Promise<UserDerivationInputs[]> {
    return this.db.query<UserDerivationInputs>(
      `select u.id as "userId", u.organization_role as "organizationRole", u.lambdatest_group as "lambdatestGroup"
         from scim_users.user_account u where u.organization_id = ? order by u.id`,
      [organizationId],
    );
  }
}
