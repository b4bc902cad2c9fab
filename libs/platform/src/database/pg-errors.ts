import { UniqueConstraintViolationException } from '@mikro-orm/core';

/** A unique-index race lost to a concurrent transaction, optionally on one named constraint. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const pgError = error as { code?: string; constraint?: string };
  const unique = error instanceof UniqueConstraintViolationException || pgError?.code === '23505';
  return unique && (!constraint || pgError.constraint === constraint || String((error as Error).message).includes(constraint));
}
