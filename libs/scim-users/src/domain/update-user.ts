import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, PreconditionFailedError, Transaction } from '@app/platform';
import type { UserRecord } from '../read-model/user-record';
import { recordFromEntity } from '../read-model/user-record';
import type { LambdatestGroupValidator } from './concurrency-group-names.port';
import type { UserAccount, UserDocument } from './user-account.entity';
import { applyUserFields, readUserDocument, sameUserName, UserChanges } from './user-document';
import { UserNameImmutableError, UserNotFoundError } from './user-errors';
import { adoptionEvent, eventsForUpdate } from './user-events';
import { loadUserForUpdate } from './user-repository';
import { accountOf, readUserRow, updateUserAtVersion } from './user-statements';

export interface UpdateTarget {
  organizationId: string;
  userId: string;
  expectedVersion?: number;
}

/** PUT and PATCH end here: validate the new document, keep userName, apply what changed. */
async function applyUpdate(user: UserAccount, target: UpdateTarget, nextDocument: (user: UserAccount) => UserDocument, lambdatestGroups: LambdatestGroupValidator): Promise<UserChanges> {
  if (target.expectedVersion !== undefined && target.expectedVersion !== user.version) {
    throw new PreconditionFailedError(`User ${target.userId} is at version ${user.version}, not ${target.expectedVersion}`);
  }
  const fields = readUserDocument(nextDocument(user));
  if (!sameUserName(fields.userName, user.userName)) throw new UserNameImmutableError();
  await lambdatestGroups.assertValid(target.organizationId, fields.lambdatestGroup, user.lambdatestGroup ?? null);
  return applyUserFields(user, fields);
}

/**
 * The general path: the row locked in the unit of work's transaction, saved and its events raised.
 * An IdP writing to an account an admin invited (PingOne looks the user up, then PUTs) adopts it.
 */
export async function updateUser(tx: Transaction, target: UpdateTarget, nextDocument: (user: UserAccount) => UserDocument, lambdatestGroups: LambdatestGroupValidator): Promise<UserRecord> {
  const user = await loadUserForUpdate(tx.em, target.organizationId, target.userId);
  const changes = await applyUpdate(user, target, nextDocument, lambdatestGroups);
  const adopted = !user.scimManaged;
  user.scimManaged = true;
  if (adopted && !changes.changed) user.version += 1;
  await tx.em.flush();
  tx.raise(...eventsForUpdate(user, changes), ...(adopted ? [adoptionEvent(user)] : []));
  return recordFromEntity(user);
}

/**
 * The fast path, two round trips and no transaction held open: read the row, apply the update in
 * memory, write it with its events in one statement if nobody changed the row meanwhile. Undefined
 * when somebody did (the caller then takes the general path); `wrote` says whether events were written.
 */
export async function updateUserOptimistically(
  em: EntityManager,
  target: UpdateTarget,
  nextDocument: (user: UserAccount) => UserDocument,
  lambdatestGroups: LambdatestGroupValidator,
): Promise<{ record: UserRecord; wrote: boolean } | undefined> {
  const row = isUuid(target.userId) ? await readUserRow(em, target.organizationId, target.userId) : undefined;
  if (!row) throw new UserNotFoundError(target.userId);
  const user = accountOf(row);
  // Adoption of an invited account raises its own event: the general path does it.
  if (!user.scimManaged) return undefined;
  const readVersion = user.version;
  const changes = await applyUpdate(user, target, nextDocument, lambdatestGroups);
  if (!changes.changed) return { record: recordFromEntity(user), wrote: false };
  const events = eventsForUpdate(user, changes);
  if (!(await updateUserAtVersion(em, user, readVersion, events))) return undefined;
  return { record: recordFromEntity(user), wrote: events.length > 0 };
}
