import { ScimError } from '../errors/scim-error';
import { ResourceTypeDefinition } from '../schema/attribute-definition';
import { isUuid } from '@app/platform';
import { ResolvedAttributePath } from '../schema/attribute-path';
import { coerceBoolean } from '../values/coerce';
import { isValidDateTime } from '../values/date-time';
import { resolveFilterAttribute } from './filter-attribute';
import { ComparisonOperator, FilterNode, FilterValue } from './filter-ast';

/** `uuid`: an id column; matched whatever the case of the id sent, as a uuid for eq/ne so its index serves. */
export type SqlValueType = 'string' | 'boolean' | 'dateTime' | 'number' | 'uuid';

export interface SqlScalar {
  /** A column expression, e.g. `u.user_name`. Trusted SQL supplied by the resource module. */
  sql: string;
  type: SqlValueType;
  caseExact: boolean;
}

export type SqlAttribute =
  | ({ kind: 'scalar' } & SqlScalar)
  | {
      kind: 'multi';
      /** Wraps a condition over `subAttributes` columns into an EXISTS over the attribute's rows. */
      exists: (condition: string) => string;
      subAttributes: Record<string, SqlScalar>;
      /** Sub-attribute compared by `emails eq "x"` / `members eq "id"`; usually `value`. */
      defaultSub: string;
    };

export interface AttributeMap {
  resourceType: ResourceTypeDefinition;
  /** Keyed by canonical attribute path (`userName`, `name.givenName`, `urn:…:User:OrganizationRole`, `emails`). */
  attributes: Record<string, SqlAttribute>;
}

export interface SqlFragment {
  sql: string;
  params: unknown[];
}

/**
 * Translates a filter into a parameterised PostgreSQL condition with knex-style `?` placeholders.
 * Values only ever travel as params; the only `?` characters in the SQL are placeholders.
 * Case-insensitive strings are compared as `lower(column)` against a parameter lowered here, so an
 * index on `lower(column)` serves them.
 */
export function filterToSql(filter: FilterNode, attributeMap: AttributeMap): SqlFragment {
  const params: unknown[] = [];
  const sql = new SqlBuilder(attributeMap, params).build(filter);
  return { sql, params };
}

export function lookupSqlAttribute(attributeMap: AttributeMap, canonicalPath: string): SqlAttribute | undefined {
  const direct = attributeMap.attributes[canonicalPath];
  if (direct) return direct;
  const lower = canonicalPath.toLowerCase();
  const key = Object.keys(attributeMap.attributes).find((candidate) => candidate.toLowerCase() === lower);
  return key === undefined ? undefined : attributeMap.attributes[key];
}

function lookupSub(subAttributes: Record<string, SqlScalar>, name: string): SqlScalar | undefined {
  const lower = name.toLowerCase();
  const key = Object.keys(subAttributes).find((candidate) => candidate.toLowerCase() === lower);
  return key === undefined ? undefined : subAttributes[key];
}

/** Escapes LIKE wildcards so that `co "50%"` matches a literal percent sign; pairs with `ESCAPE '\'`. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}

const LIKE_ESCAPE = "ESCAPE '\\'";

class SqlBuilder {
  constructor(
    private readonly attributeMap: AttributeMap,
    private readonly params: unknown[],
  ) {}

  build(node: FilterNode): string {
    switch (node.type) {
      case 'and':
        return `(${this.build(node.left)} AND ${this.build(node.right)})`;
      case 'or':
        return `(${this.build(node.left)} OR ${this.build(node.right)})`;
      case 'not':
        // COALESCE turns SQL's unknown (a NULL column) into false, so `not (title eq "x")` matches untitled rows.
        return `(NOT COALESCE(${this.build(node.filter)}, FALSE))`;
      case 'present':
        return this.attributeCondition(node.attrPath, (scalar) => presentSql(scalar), 'present');
      case 'comparison':
        return this.attributeCondition(node.attrPath, (scalar) => this.comparisonSql(scalar, node.op, node.value, node.attrPath), 'compare');
      case 'valuePath':
        return this.valuePathSql(node.attrPath, node.filter);
    }
  }

  private resolve(attrPath: string): ResolvedAttributePath {
    const resolved = resolveFilterAttribute(this.attributeMap.resourceType, attrPath);
    if (!resolved) throw ScimError.invalidFilter(`Unknown attribute '${attrPath}' in filter`);
    return resolved;
  }

  private unsupported(attrPath: string): ScimError {
    return ScimError.invalidFilter(`Filtering on attribute '${attrPath}' is not supported`);
  }

  private attributeCondition(attrPath: string, condition: (scalar: SqlScalar) => string, kind: 'present' | 'compare'): string {
    const resolved = this.resolve(attrPath);
    const { attribute, subAttribute } = resolved;

    if (attribute.multiValued) {
      const mapped = lookupSqlAttribute(this.attributeMap, attributePathOf(resolved));
      if (mapped?.kind !== 'multi') throw this.unsupported(attrPath);
      if (!subAttribute && kind === 'present') return mapped.exists('TRUE');
      const subName = subAttribute ? subAttribute.name : mapped.defaultSub;
      const sub = lookupSub(mapped.subAttributes, subName);
      if (!sub) throw this.unsupported(attrPath);
      return mapped.exists(condition(sub));
    }

    const mapped = lookupSqlAttribute(this.attributeMap, resolved.path);
    if (mapped?.kind !== 'scalar') throw this.unsupported(attrPath);
    return condition(mapped);
  }

  private valuePathSql(attrPath: string, filter: FilterNode): string {
    const resolved = this.resolve(attrPath);
    if (resolved.subAttribute || (resolved.attribute.type !== 'complex' && !resolved.attribute.multiValued)) {
      throw ScimError.invalidFilter(`'${attrPath}' cannot take a value filter`);
    }
    const basePath = attributePathOf(resolved);
    const mapped = lookupSqlAttribute(this.attributeMap, basePath);
    const columnOf = (subPath: string): SqlScalar => {
      let name = subPath;
      const qualified = `${resolved.attribute.name.toLowerCase()}.`;
      if (name.toLowerCase().startsWith(qualified)) name = name.slice(qualified.length);
      if (mapped?.kind === 'multi') {
        const sub = lookupSub(mapped.subAttributes, name);
        if (!sub) throw ScimError.invalidFilter(`Unknown or unsupported attribute '${subPath}' in value filter of '${attrPath}'`);
        return sub;
      }
      // A single-valued complex attribute (`name[givenName eq "x"]`) maps each sub-attribute as a scalar.
      const scalar = lookupSqlAttribute(this.attributeMap, `${basePath}.${name}`);
      if (scalar?.kind !== 'scalar') throw ScimError.invalidFilter(`Unknown or unsupported attribute '${subPath}' in value filter of '${attrPath}'`);
      return scalar;
    };
    if (!mapped && !resolved.attribute.multiValued) {
      return new ScopedSqlBuilder(this.params, columnOf).build(filter);
    }
    if (mapped?.kind !== 'multi') throw this.unsupported(attrPath);
    return mapped.exists(new ScopedSqlBuilder(this.params, columnOf).build(filter));
  }

  private comparisonSql(scalar: SqlScalar, op: ComparisonOperator, value: FilterValue, attrPath: string): string {
    return comparisonSql(scalar, op, value, attrPath, this.params);
  }
}

/** Builds the condition inside a value path, where attribute names are relative to the multi-valued attribute. */
class ScopedSqlBuilder {
  constructor(
    private readonly params: unknown[],
    private readonly columnOf: (subPath: string) => SqlScalar,
  ) {}

  build(node: FilterNode): string {
    switch (node.type) {
      case 'and':
        return `(${this.build(node.left)} AND ${this.build(node.right)})`;
      case 'or':
        return `(${this.build(node.left)} OR ${this.build(node.right)})`;
      case 'not':
        return `(NOT COALESCE(${this.build(node.filter)}, FALSE))`;
      case 'present':
        return presentSql(this.columnOf(node.attrPath));
      case 'comparison':
        return comparisonSql(this.columnOf(node.attrPath), node.op, node.value, node.attrPath, this.params);
      case 'valuePath':
        throw ScimError.invalidFilter(`Value filters cannot be nested ('${node.attrPath}[')`);
    }
  }
}

function attributePathOf(resolved: ResolvedAttributePath): string {
  return resolved.isExtension ? `${resolved.schemaUrn}:${resolved.attribute.name}` : resolved.attribute.name;
}

function presentSql(scalar: SqlScalar): string {
  return scalar.type === 'string' ? `(${scalar.sql} IS NOT NULL AND ${scalar.sql} <> '')` : `${scalar.sql} IS NOT NULL`;
}

const ORDERED_SQL: Partial<Record<ComparisonOperator, string>> = { gt: '>', ge: '>=', lt: '<', le: '<=' };

function comparisonSql(scalar: SqlScalar, op: ComparisonOperator, value: FilterValue, attrPath: string, params: unknown[]): string {
  const column = scalar.sql;
  if (value === null) {
    if (op === 'eq') return `${column} IS NULL`;
    if (op === 'ne') return `${column} IS NOT NULL`;
    throw ScimError.invalidFilter(`Operator '${op}' cannot compare '${attrPath}' with null`);
  }

  switch (scalar.type) {
    case 'boolean': {
      const wanted = coerceBoolean(value);
      if (wanted === undefined) throw ScimError.invalidFilter(`Attribute '${attrPath}' is boolean; compare it with true or false`);
      if (op !== 'eq' && op !== 'ne') throw ScimError.invalidFilter(`Operator '${op}' is not supported for boolean attribute '${attrPath}'`);
      params.push(wanted);
      return op === 'eq' ? `${column} = ?` : `${column} IS DISTINCT FROM ?`;
    }
    case 'dateTime': {
      if (typeof value !== 'string' || !isValidDateTime(value)) {
        throw ScimError.invalidFilter(`Attribute '${attrPath}' is a dateTime; compare it with an RFC 3339 date-time such as "2020-02-28T10:00:00Z"`);
      }
      return orderedSql(column, op, 'CAST(? AS timestamptz)', value, attrPath, 'dateTime', params);
    }
    case 'number': {
      if (typeof value !== 'number') throw ScimError.invalidFilter(`Attribute '${attrPath}' is numeric; compare it with a number`);
      return orderedSql(column, op, '?', value, attrPath, 'numeric', params);
    }
    case 'uuid': {
      const id = String(value).toLowerCase();
      if (op === 'eq' || op === 'ne') {
        // Not a uuid: no row has it, and the cast would fail.
        if (!isUuid(id)) return op === 'eq' ? 'FALSE' : 'TRUE';
        return orderedSql(column, op, 'CAST(? AS uuid)', id, attrPath, 'uuid', params);
      }
      return stringSql(`${column}::text`, op, id, attrPath, params);
    }
    case 'string': {
      const text = String(value);
      const target = scalar.caseExact ? column : `lower(${column})`;
      return stringSql(target, op, scalar.caseExact ? text : text.toLowerCase(), attrPath, params);
    }
  }
}

function stringSql(target: string, op: ComparisonOperator, param: string, attrPath: string, params: unknown[]): string {
  switch (op) {
    case 'co':
      params.push(`%${escapeLike(param)}%`);
      return `${target} LIKE ? ${LIKE_ESCAPE}`;
    case 'sw':
      params.push(`${escapeLike(param)}%`);
      return `${target} LIKE ? ${LIKE_ESCAPE}`;
    case 'ew':
      params.push(`%${escapeLike(param)}`);
      return `${target} LIKE ? ${LIKE_ESCAPE}`;
    default:
      return orderedSql(target, op, '?', param, attrPath, 'string', params);
  }
}

function orderedSql(column: string, op: ComparisonOperator, placeholder: string, value: unknown, attrPath: string, kind: string, params: unknown[]): string {
  if (op === 'co' || op === 'sw' || op === 'ew') {
    throw ScimError.invalidFilter(`Operator '${op}' is not supported for ${kind} attribute '${attrPath}'`);
  }
  params.push(value);
  if (op === 'eq') return `${column} = ${placeholder}`;
  // IS DISTINCT FROM keeps rows whose column is NULL: an unassigned value is "not equal" to anything.
  if (op === 'ne') return `${column} IS DISTINCT FROM ${placeholder}`;
  return `${column} ${ORDERED_SQL[op]} ${placeholder}`;
}
