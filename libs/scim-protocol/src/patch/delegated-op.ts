import { FilterNode } from '../filter/filter-ast';

export type DelegatedValue = Record<string, unknown> & { value: string };

/**
 * A change to an attribute the PATCH engine does not hold in memory (a group's members may number
 * 100k). The owning module applies these in order, in the same transaction as the resource update.
 */
export type DelegatedOp =
  | { attribute: string; op: 'add'; values: DelegatedValue[] }
  | { attribute: string; op: 'replace'; values: DelegatedValue[] }
  | { attribute: string; op: 'remove'; values: DelegatedValue[]; filter?: undefined; all?: undefined }
  | { attribute: string; op: 'remove'; filter: FilterNode; values?: undefined; all?: undefined }
  | { attribute: string; op: 'remove'; all: true; values?: undefined; filter?: undefined };

/**
 * The compared values when `filter` is `<subAttribute> eq "a"` or an `or` of such (Entra and Okta
 * remove members that way), so the module can run a plain `IN (...)`. Undefined for any other shape,
 * in which case the module should fall back to `filterToSql`.
 */
export function extractEqualityValues(filter: FilterNode, subAttribute = 'value'): string[] | undefined {
  switch (filter.type) {
    case 'comparison': {
      const name = filter.attrPath.toLowerCase();
      const wanted = subAttribute.toLowerCase();
      const matchesName = name === wanted || name.endsWith(`.${wanted}`);
      if (filter.op !== 'eq' || !matchesName || typeof filter.value !== 'string') return undefined;
      return [filter.value];
    }
    case 'or': {
      const left = extractEqualityValues(filter.left, subAttribute);
      const right = left && extractEqualityValues(filter.right, subAttribute);
      return left && right ? [...left, ...right] : undefined;
    }
    default:
      return undefined;
  }
}
