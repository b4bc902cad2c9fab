/**
 * Expected failures of the domain. Each module subclasses it with a stable `code`;
 * the SCIM and admin edges map codes to their own error formats.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'not_found';
}

export class ConflictError extends DomainError {
  readonly code = 'conflict';
}

export class InvalidInputError extends DomainError {
  readonly code = 'invalid_input';
}

export class ForbiddenError extends DomainError {
  readonly code = 'forbidden';
}

/** An attribute that may be set once and never changed (SCIM `mutability: immutable`). */
export class ImmutableAttributeError extends DomainError {
  readonly code = 'immutable';
}

/** The client's If-Match names a version that is no longer current. */
export class PreconditionFailedError extends DomainError {
  readonly code = 'precondition_failed';
}

/** The request body could not be read as JSON. */
export class MalformedBodyError extends DomainError {
  readonly code = 'invalid_syntax';
}
