import { InvalidInputError, MalformedBodyError } from '@app/platform';
import { exceedsJsonDepth, findUnstorableText, MAX_JSON_DEPTH } from '@app/scim-protocol';

/**
 * Parses a JSON request body for both API dialects. SCIM clients send application/scim+json, and some
 * send an empty body with a JSON content type (on DELETE). Nesting is bounded before parsing and
 * strings PostgreSQL cannot store (NUL, unpaired surrogates) are refused after, so neither ever
 * reaches validation or the database; each failure is a typed error both dialects answer as a 400.
 */
export function parseJsonBody(_request: unknown, body: string | Buffer, done: (error: Error | null, value?: unknown) => void): void {
  const text = body.toString();
  if (text.trim() === '') return done(null, undefined);
  if (exceedsJsonDepth(text, MAX_JSON_DEPTH)) {
    return done(new MalformedBodyError(`The request body nests objects or arrays more than ${MAX_JSON_DEPTH} levels deep`));
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return done(new MalformedBodyError('The request body is not valid JSON'));
  }
  const unstorable = findUnstorableText(value);
  if (unstorable) return done(new InvalidInputError(unstorable));
  done(null, value);
}
