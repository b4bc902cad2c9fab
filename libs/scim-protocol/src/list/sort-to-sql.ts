import { ScimError } from '../errors/scim-error';
import { AttributeMap, lookupSqlAttribute } from '../filter/filter-to-sql';
import { resolveAttributePath } from '../schema/attribute-path';
import { SortOrder } from './list-params';

/**
 * The ORDER BY expression list for `sortBy`/`sortOrder`, WITHOUT the `ORDER BY` keyword (so it fits
 * knex `orderByRaw` as well as hand-written SQL), or undefined when no sortBy was given.
 * Only scalar attributes of the map can be sorted; anything else is a 400 invalidValue rather than a
 * silently unsorted page, so a client notices. Callers should append their own unique tie-breaker
 * (e.g. `, id`) so that paging is stable.
 */
export function sortToSql(sortBy: string | undefined, sortOrder: SortOrder, attributeMap: AttributeMap): string | undefined {
  if (!sortBy) return undefined;
  const resolved = resolveAttributePath(attributeMap.resourceType, sortBy);
  const mapped = resolved && lookupSqlAttribute(attributeMap, resolved.path);
  if (!mapped || mapped.kind !== 'scalar') {
    throw ScimError.invalidValue(`Cannot sort by '${sortBy}'`);
  }
  const expression = mapped.type === 'string' && !mapped.caseExact ? `lower(${mapped.sql})` : mapped.sql;
  return `${expression} ${sortOrder === 'descending' ? 'DESC' : 'ASC'}`;
}
