import type { DomainError } from './domain-error';

/** The one domain-error → HTTP status table, read by both edges (SCIM errors and admin JSON errors). */
const HTTP_STATUS_BY_CODE: Readonly<Record<string, number>> = {
  not_found: 404,
  conflict: 409,
  invalid_input: 400,
  immutable: 400,
  invalid_syntax: 400,
  forbidden: 403,
  precondition_failed: 412,
};

/** A code without an entry is a client error of some other kind: 400, never a 500. */
export function httpStatusOf(error: DomainError): number {
  return HTTP_STATUS_BY_CODE[error.code] ?? 400;
}
