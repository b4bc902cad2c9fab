import { ConflictError, ForbiddenError, ImmutableAttributeError, InvalidInputError, MalformedBodyError, NotFoundError, PreconditionFailedError, DomainError } from './domain-error';
import { httpStatusOf } from './http-status';

class SomeNewRuleError extends DomainError {
  readonly code = 'some_new_rule';
}

describe('domain error → HTTP status', () => {
  it('maps each platform error to its status', () => {
    expect(httpStatusOf(new NotFoundError('x'))).toBe(404);
    expect(httpStatusOf(new ConflictError('x'))).toBe(409);
    expect(httpStatusOf(new InvalidInputError('x'))).toBe(400);
    expect(httpStatusOf(new ImmutableAttributeError('x'))).toBe(400);
    expect(httpStatusOf(new MalformedBodyError('x'))).toBe(400);
    expect(httpStatusOf(new ForbiddenError('x'))).toBe(403);
    expect(httpStatusOf(new PreconditionFailedError('x'))).toBe(412);
  });

  it('answers a code it does not know with 400, never a 500', () => {
    expect(httpStatusOf(new SomeNewRuleError('x'))).toBe(400);
  });
});
