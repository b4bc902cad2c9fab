import { ConflictError, InvalidInputError, NotFoundError, NotRetryable } from '@app/platform';

export class EntityNotFoundError extends NotFoundError {
  constructor(id: string) {
    super(`Entity ${id} not found`);
  }
}

export class EntityNameTakenError extends ConflictError {
  constructor(name: string) {
    super(`An entity of that type named "${name}" already exists`);
  }
}

export class DefaultEntityError extends ConflictError {
  constructor() {
    super('The default concurrency group cannot be deleted');
  }
}

export class DefaultMembershipError extends ConflictError {
  constructor() {
    super('Users leave the default concurrency group by being added to another concurrency group');
  }
}

export class ScimOwnedAssignmentError extends ConflictError {
  constructor() {
    super('This assignment comes from a SCIM group mapping; change the mapping or the IdP group instead');
  }
}

/** Replaying the event that asked for it cannot make the input valid. */
@NotRetryable()
export class InvalidEntityInputError extends InvalidInputError {}
