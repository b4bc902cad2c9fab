import 'reflect-metadata';

const NOT_RETRYABLE = Symbol('platform:not-retryable');

/**
 * Marks an error class whose cause a retry cannot remove (a product rule refuses the change).
 * The outbox relay records such a failure as the event's outcome and moves on instead of retrying
 * it until it is parked.
 */
export function NotRetryable(): ClassDecorator {
  return (target) => {
    Reflect.defineMetadata(NOT_RETRYABLE, true, target);
  };
}

export function isNotRetryable(error: unknown): boolean {
  return error instanceof Error && Reflect.getMetadata(NOT_RETRYABLE, error.constructor) === true;
}
