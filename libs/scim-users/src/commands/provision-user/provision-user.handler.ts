import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { MikroORM } from '@mikro-orm/postgresql';
import { isUniqueViolation, OutboxRelay, TransactionRunner } from '@app/platform';
import { LambdatestGroupValidator } from '../../domain/concurrency-group-names.port';
import { UserAccount } from '../../domain/user-account.entity';
import { applyUserFields, readUserDocument } from '../../domain/user-document';
import { UserInAnotherOrganizationError, UserNameTakenError } from '../../domain/user-errors';
import { findUserByUserName } from '../../domain/user-repository';
import { insertUser } from '../../domain/user-statements';
import { UserProvisionedEvent } from '../../events/user-provisioned.event';
import { recordFromEntity } from '../../read-model/user-record';
import { ProvisionedUser, ProvisionUserCommand } from './provision-user.command';

const USER_NAME_KEY = 'user_account_user_name_key';

@CommandHandler(ProvisionUserCommand)
export class ProvisionUserHandler implements ICommandHandler<ProvisionUserCommand, ProvisionedUser> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly lambdatestGroups: LambdatestGroupValidator,
    private readonly orm: MikroORM,
    private readonly relay: OutboxRelay,
  ) {}

  async execute(command: ProvisionUserCommand): Promise<ProvisionedUser> {
    const fields = readUserDocument(command.document);
    await this.lambdatestGroups.assertValid(command.organizationId, fields.lambdatestGroup);
    const created = await this.createNew(command.organizationId, fields);
    if (created) return created;
    try {
      return await this.provision(command.organizationId, fields);
    } catch (error) {
      // Two creates of one userName raced: the loser sees the winner's row on a second look.
      if (isUniqueViolation(error, USER_NAME_KEY)) return this.provision(command.organizationId, fields);
      throw error;
    }
  }

  /** The common case, a userName nobody has: the account and its event in one statement. Undefined when the name exists. */
  private async createNew(organizationId: string, fields: ReturnType<typeof readUserDocument>): Promise<ProvisionedUser | undefined> {
    const user = Object.assign(new UserAccount(), { organizationId, userName: fields.userName, scimManaged: true });
    applyUserFields(user, { ...fields, active: fields.active ?? true });
    user.version = 1;
    user.updatedAt = user.createdAt;
    const event = new UserProvisionedEvent(organizationId, user.id, user.userName, user.active, user.organizationRole ?? null, user.lambdatestGroup ?? null, false);
    if (!(await insertUser(this.orm.em, user, [event]))) return undefined;
    this.relay.schedule();
    return { user: recordFromEntity(user), adopted: false };
  }

  private provision(organizationId: string, fields: ReturnType<typeof readUserDocument>): Promise<ProvisionedUser> {
    return this.transactions.run(async ({ em, raise }) => {
      const existing = await findUserByUserName(em, fields.userName);
      if (existing && existing.organizationId !== organizationId) throw new UserInAnotherOrganizationError(fields.userName);
      if (existing?.scimManaged) throw new UserNameTakenError(fields.userName);
      const adopted = existing !== null;
      const user = existing ?? em.create(UserAccount, { organizationId, userName: fields.userName, resource: {} });
      user.scimManaged = true;
      applyUserFields(user, { ...fields, active: fields.active ?? true });
      if (!adopted) user.version = 1;
      await em.flush();
      // One event carries the whole state, for a created and an adopted account alike.
      raise(new UserProvisionedEvent(organizationId, user.id, user.userName, user.active, user.organizationRole ?? null, user.lambdatestGroup ?? null, adopted));
      return { user: recordFromEntity(user), adopted };
    });
  }
}
