export type ComparisonOperator = 'eq' | 'ne' | 'co' | 'sw' | 'ew' | 'gt' | 'ge' | 'lt' | 'le';
export type FilterValue = string | number | boolean | null;

/**
 * `attrPath` is kept as written; it is resolved against a resource type only when the filter is used,
 * so the same AST serves SQL translation, in-memory matching and PATCH value selectors.
 * Inside a `valuePath`, attribute paths are relative to the multi-valued attribute (`type`, `value`).
 */
export type FilterNode =
  | { type: 'comparison'; op: ComparisonOperator; attrPath: string; value: FilterValue }
  | { type: 'present'; attrPath: string }
  | { type: 'and'; left: FilterNode; right: FilterNode }
  | { type: 'or'; left: FilterNode; right: FilterNode }
  | { type: 'not'; filter: FilterNode }
  | { type: 'valuePath'; attrPath: string; filter: FilterNode };

export const COMPARISON_OPERATORS: readonly ComparisonOperator[] = ['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'ge', 'lt', 'le'];
