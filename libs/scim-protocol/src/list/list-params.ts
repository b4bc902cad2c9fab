import { ScimError } from '../errors/scim-error';
import { FilterNode } from '../filter/filter-ast';
import { parseFilter } from '../filter/filter-parser';
import { MAX_START_INDEX } from '../limits/request-limits';

export type SortOrder = 'ascending' | 'descending';

export interface ListParams {
  filter?: FilterNode;
  /** The filter as sent, for logging and error messages. */
  filterText?: string;
  /** 1-based. */
  startIndex: number;
  count: number;
  sortBy?: string;
  sortOrder: SortOrder;
  attributes?: string[];
  excludedAttributes?: string[];
}

export interface ListParamsOptions {
  defaultCount?: number;
  maxCount: number;
}

/** Query parameter names match case-insensitively; unknown ones (Entra's `aadOptscim062020`) are ignored. */
export function parseListParams(query: Record<string, unknown>, options: ListParamsOptions): ListParams {
  const read = (name: string): string | undefined => {
    const key = Object.keys(query ?? {}).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
    if (key === undefined) return undefined;
    const raw = query[key];
    // A repeated parameter arrives as an array; the first occurrence wins.
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined || value === null) return undefined;
    return String(value);
  };

  const filterText = read('filter');
  const hasFilter = filterText !== undefined && filterText.trim() !== '';
  const defaultCount = options.defaultCount ?? 100;
  const count = parseInteger(read('count'), 'count');
  const startIndex = parseInteger(read('startIndex'), 'startIndex');
  const sortBy = read('sortBy')?.trim();

  return {
    filter: hasFilter ? parseFilter(filterText) : undefined,
    filterText: hasFilter ? filterText : undefined,
    // RFC 7644 §3.4.2.4: a startIndex below 1 is read as 1, a negative count as 0; huge ones are clamped.
    startIndex: startIndex === undefined || startIndex < 1 ? 1 : Math.min(startIndex, MAX_START_INDEX),
    count: Math.min(count === undefined ? defaultCount : Math.max(count, 0), options.maxCount),
    sortBy: sortBy ? sortBy : undefined,
    sortOrder: parseSortOrder(read('sortOrder')),
    attributes: parseAttributeList(read('attributes')),
    excludedAttributes: parseAttributeList(read('excludedAttributes')),
  };
}

function parseInteger(raw: string | undefined, name: string): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  if (!/^\s*[-+]?\d+\s*$/.test(raw)) throw ScimError.invalidValue(`Query parameter '${name}' must be an integer, got '${raw}'`);
  return Number(raw);
}

function parseSortOrder(raw: string | undefined): SortOrder {
  if (raw === undefined || raw.trim() === '') return 'ascending';
  const lower = raw.trim().toLowerCase();
  if (lower === 'ascending' || lower === 'descending') return lower;
  throw ScimError.invalidValue(`Query parameter 'sortOrder' must be 'ascending' or 'descending', got '${raw}'`);
}

export function parseAttributeList(raw: string | string[] | undefined): string[] | undefined {
  if (raw === undefined) return undefined;
  const names = (Array.isArray(raw) ? raw : raw.split(','))
    .flatMap((name) => name.split(','))
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
  return names.length > 0 ? names : undefined;
}
