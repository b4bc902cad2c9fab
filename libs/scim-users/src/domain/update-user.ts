import type { Transaction } from '@app/platform';
import type { UserRecord } from '../read-model/user-record';
import { recordFromEntity } from '../read-model/user-record';
import type { LambdatestGroupValidator } from './concurrency-group-names.port';
import type { UserAccount, UserDocument } from './user-account.entity';
import { applyUserFields, readUserDocument, sameUserName } from './user-document';
import { UserNameImmutableError } from './user-errors';
import { adoptionEvent, eventsForUpdate } from './user-events';
import { loadUserForUpdate } from './user-repository';

/**
 * PUT, PATCH and DELETE end here: validate the new document, keep userName, save, raise what changed.
 * An IdP writing to an account an admin invited (PingOne looks the user up, then PUTs) adopts it.
 */
export async function updateUser(
  tx: Transaction,
  target: { organizationId: string; userId: string; expectedVersion?: number },
  nextDocument: (user: UserAccount) => UserDocument,
  lambdatestGroups: LambdatestGroupValidator,
): Promise<UserRecord> {
  const user = await loadUserForUpdate(tx.em, target.organizationId, target.userId, target.expectedVersion);
  const fields = readUserDocument(nextDocument(user));
  if (!sameUserName(fields.userName, user.userName)) throw new UserNameImmutableError();
  await lambdatestGroups.assertValid(target.organizationId, fields.lambdatestGroup, user.lambdatestGroup ?? null);
  const adopted = !user.scimManaged;
  user.scimManaged = true;
  const changes = applyUserFields(user, fields);
  if (adopted && !changes.changed) user.version += 1;
  await tx.em.flush();
  tx.raise(...eventsForUpdate(user, changes), ...(adopted ? [adoptionEvent(user)] : []));
  return recordFromEntity(user);
}
