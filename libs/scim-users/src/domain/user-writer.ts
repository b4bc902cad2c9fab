import { Injectable } from '@nestjs/common';
import { MikroORM } from '@mikro-orm/postgresql';
import { OutboxRelay, TransactionRunner } from '@app/platform';
import type { UserRecord } from '../read-model/user-record';
import { LambdatestGroupValidator } from './concurrency-group-names.port';
import { UpdateTarget, updateUser, updateUserOptimistically } from './update-user';
import type { UserAccount, UserDocument } from './user-account.entity';

/** PUT and PATCH of a user: the one-statement write first, the locking transaction if a concurrent write won. */
@Injectable()
export class UserWriter {
  constructor(
    private readonly orm: MikroORM,
    private readonly relay: OutboxRelay,
    private readonly transactions: TransactionRunner,
    private readonly lambdatestGroups: LambdatestGroupValidator,
  ) {}

  async update(target: UpdateTarget, nextDocument: (user: UserAccount) => UserDocument): Promise<UserRecord> {
    const fast = await updateUserOptimistically(this.orm.em, target, nextDocument, this.lambdatestGroups);
    if (fast) {
      if (fast.wrote) this.relay.schedule();
      return fast.record;
    }
    return this.transactions.run((tx) => updateUser(tx, target, nextDocument, this.lambdatestGroups));
  }
}
