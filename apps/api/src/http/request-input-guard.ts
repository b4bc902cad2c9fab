import type { FastifyRequest } from 'fastify';
import { InvalidInputError } from '@app/platform';
import { isScimPath, ScimError, unstorableTextReason } from '@app/scim-protocol';

function firstUnstorable(values: unknown): [string, string] | undefined {
  if (typeof values !== 'object' || values === null) return undefined;
  for (const [name, raw] of Object.entries(values)) {
    for (const value of Array.isArray(raw) ? raw : [raw]) {
      const reason = typeof value === 'string' ? unstorableTextReason(value) : undefined;
      if (reason) return [name, reason];
    }
  }
  return undefined;
}

/**
 * Query parameters and path segments reach SQL as bind values (`search`, `filter`, ids); a NUL or an
 * unpaired surrogate in one would make PostgreSQL fail the statement. Refused before any handler runs.
 */
export async function rejectUnstorableRequestText(request: FastifyRequest): Promise<void> {
  const found = firstUnstorable(request.query) ?? firstUnstorable(request.params);
  if (!found) return;
  const [name, reason] = found;
  const detail = `Parameter '${name}' ${reason}`;
  if (isScimPath(request.url)) throw name.toLowerCase() === 'filter' ? ScimError.invalidFilter(detail) : ScimError.invalidValue(detail);
  throw new InvalidInputError(detail);
}
