import { ConflictError, ImmutableAttributeError, InvalidInputError, NotFoundError } from '@app/platform';

export class UserNotFoundError extends NotFoundError {
  constructor(id: string) {
    super(`User ${id} not found`);
  }
}

export class UserNameTakenError extends ConflictError {
  constructor(userName: string) {
    super(`A user with userName ${userName} is already provisioned in this organization`);
  }
}

/** Says no more than that: the other organization's identity is not ours to reveal. */
export class UserInAnotherOrganizationError extends InvalidInputError {
  constructor(userName: string) {
    super(
      `${userName} already has an account in another organization on this platform. An admin of this organization can invite the user ` +
        `(admin API: POST /api/v1/users); once the user accepts the invitation on the platform, provision again and the account is adopted.`,
    );
  }
}

export class InvalidUserAttributeError extends InvalidInputError {}

export class UserNameImmutableError extends ImmutableAttributeError {
  constructor() {
    super('userName cannot be changed after the user is created');
  }
}
