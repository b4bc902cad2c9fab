import { ScimError } from '../errors/scim-error';
import { readAttribute, getProperty } from '../resource/attribute-access';
import { AttributeDefinition, ResourceTypeDefinition } from '../schema/attribute-definition';
import { findAttribute } from '../schema/attribute-path';
import { coerceBoolean, isPlainObject } from '../values/coerce';
import { isValidDateTime } from '../values/date-time';
import { resolveFilterAttribute } from './filter-attribute';
import { ComparisonOperator, FilterNode, FilterValue } from './filter-ast';

/** What a filter attribute path points at: the definition giving type and caseExact, and every value found. */
interface Operand {
  definition: AttributeDefinition;
  values: unknown[];
}

interface Scope {
  resolve(attrPath: string): Operand;
  matchValuePath(attrPath: string, filter: FilterNode): boolean;
}

/**
 * Evaluates a filter against one resource in memory, with the same semantics as `filterToSql`:
 * a multi-valued attribute matches when any of its values does; an absent single value is NULL,
 * so `ne` and `not (...)` match it.
 */
export function matchesFilter(filter: FilterNode, resource: Record<string, unknown>, resourceType: ResourceTypeDefinition): boolean {
  return evaluate(filter, resourceScope(resource, resourceType));
}

/**
 * Evaluates the filter of a value selector (`type eq "work"` in `emails[type eq "work"]`) against one
 * element of the multi-valued `attribute`.
 */
export function matchesValueFilter(filter: FilterNode, element: unknown, attribute: AttributeDefinition): boolean {
  return evaluate(filter, elementScope(element, attribute));
}

function evaluate(node: FilterNode, scope: Scope): boolean {
  switch (node.type) {
    case 'and':
      return evaluate(node.left, scope) && evaluate(node.right, scope);
    case 'or':
      return evaluate(node.left, scope) || evaluate(node.right, scope);
    case 'not':
      return !evaluate(node.filter, scope);
    case 'present':
      return scope.resolve(node.attrPath).values.some(isPresent);
    case 'valuePath':
      return scope.matchValuePath(node.attrPath, node.filter);
    case 'comparison': {
      const operand = scope.resolve(node.attrPath);
      const compare = comparator(operand.definition, node.op, node.value, node.attrPath);
      return operand.values.some(compare);
    }
  }
}

function isPresent(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (isPlainObject(value)) return Object.keys(value).length > 0;
  return true;
}

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function resourceScope(resource: Record<string, unknown>, resourceType: ResourceTypeDefinition): Scope {
  const resolveOrThrow = (attrPath: string) => {
    const resolved = resolveFilterAttribute(resourceType, attrPath);
    if (!resolved) throw ScimError.invalidFilter(`Unknown attribute '${attrPath}' in filter`);
    return resolved;
  };
  return {
    resolve(attrPath) {
      const resolved = resolveOrThrow(attrPath);
      const raw = readAttribute(resource, resolved);
      const { attribute, subAttribute } = resolved;
      if (subAttribute) {
        const containers = attribute.multiValued ? asArray(raw) : [raw];
        return { definition: subAttribute, values: containers.map((container) => getProperty(container, subAttribute.name)) };
      }
      if (attribute.multiValued) {
        const items = asArray(raw);
        if (attribute.type !== 'complex') return { definition: { ...attribute, multiValued: false }, values: items };
        // `emails eq "x"` compares the `value` sub-attribute (RFC 7644 §3.4.2.2); `emails pr` needs any element.
        const valueDefinition = findAttribute(attribute.subAttributes, 'value');
        if (!valueDefinition) throw ScimError.invalidFilter(`Attribute '${attrPath}' needs a sub-attribute in a filter`);
        return { definition: valueDefinition, values: items.map((item) => (isPlainObject(item) ? getProperty(item, 'value') : item)) };
      }
      return { definition: attribute, values: [raw] };
    },
    matchValuePath(attrPath, filter) {
      const resolved = resolveOrThrow(attrPath);
      if (resolved.subAttribute || (resolved.attribute.type !== 'complex' && !resolved.attribute.multiValued)) {
        throw ScimError.invalidFilter(`'${attrPath}' cannot take a value filter`);
      }
      const raw = readAttribute(resource, resolved);
      return asArray(raw).some((element) => evaluate(filter, elementScope(element, resolved.attribute)));
    },
  };
}

function elementScope(element: unknown, attribute: AttributeDefinition): Scope {
  return {
    resolve(attrPath) {
      let name = attrPath;
      const qualified = `${attribute.name.toLowerCase()}.`;
      if (name.toLowerCase().startsWith(qualified)) name = name.slice(qualified.length);
      if (attribute.type !== 'complex') {
        // Elements of a simple multi-valued attribute are addressed as `value` (RFC 7644 §3.5.2).
        if (name.toLowerCase() !== 'value') throw ScimError.invalidFilter(`Unknown attribute '${attrPath}' in value filter of '${attribute.name}'`);
        return { definition: { ...attribute, multiValued: false }, values: [element] };
      }
      const sub = findAttribute(attribute.subAttributes, name);
      if (!sub) throw ScimError.invalidFilter(`Unknown attribute '${attrPath}' in value filter of '${attribute.name}'`);
      return { definition: sub, values: [getProperty(element, sub.name)] };
    },
    matchValuePath(attrPath) {
      throw ScimError.invalidFilter(`Value filters cannot be nested ('${attrPath}[')`);
    },
  };
}

type Predicate = (actual: unknown) => boolean;

/** Validates operator and value against the attribute type once, then returns the per-value test. */
function comparator(definition: AttributeDefinition, op: ComparisonOperator, expected: FilterValue, attrPath: string): Predicate {
  if (expected === null) {
    if (op === 'eq') return (actual) => actual === undefined || actual === null;
    if (op === 'ne') return (actual) => actual !== undefined && actual !== null;
    throw ScimError.invalidFilter(`Operator '${op}' cannot compare '${attrPath}' with null`);
  }
  const ordered = orderedComparison(definition, op, expected, attrPath);
  return (actual) => {
    if (actual === undefined || actual === null) return op === 'ne';
    return ordered(actual);
  };
}

function orderedComparison(definition: AttributeDefinition, op: ComparisonOperator, expected: Exclude<FilterValue, null>, attrPath: string): Predicate {
  switch (definition.type) {
    case 'complex':
      throw ScimError.invalidFilter(`Attribute '${attrPath}' is complex; filter on one of its sub-attributes`);
    case 'boolean': {
      const wanted = coerceBoolean(expected);
      if (wanted === undefined) throw ScimError.invalidFilter(`Attribute '${attrPath}' is boolean; compare it with true or false`);
      if (op !== 'eq' && op !== 'ne') throw ScimError.invalidFilter(`Operator '${op}' is not supported for boolean attribute '${attrPath}'`);
      return (actual) => (coerceBoolean(actual) === wanted) === (op === 'eq');
    }
    case 'dateTime': {
      const wanted = typeof expected === 'string' && isValidDateTime(expected) ? Date.parse(expected) : NaN;
      if (Number.isNaN(wanted)) throw ScimError.invalidFilter(`Attribute '${attrPath}' is a dateTime; compare it with an xsd:dateTime string`);
      rejectSubstringOperator(op, attrPath, 'dateTime');
      return (actual) => orderedResult(op, Date.parse(String(actual)) - wanted);
    }
    case 'integer':
    case 'decimal': {
      if (typeof expected !== 'number') throw ScimError.invalidFilter(`Attribute '${attrPath}' is numeric; compare it with a number`);
      rejectSubstringOperator(op, attrPath, 'numeric');
      return (actual) => orderedResult(op, Number(actual) - expected);
    }
    default: {
      const fold = (text: string) => (definition.caseExact ? text : text.toLowerCase());
      const wanted = fold(String(expected));
      return (actual) => {
        const value = fold(String(actual));
        switch (op) {
          case 'co':
            return value.includes(wanted);
          case 'sw':
            return value.startsWith(wanted);
          case 'ew':
            return value.endsWith(wanted);
          default:
            return orderedResult(op, value < wanted ? -1 : value > wanted ? 1 : 0);
        }
      };
    }
  }
}

function rejectSubstringOperator(op: ComparisonOperator, attrPath: string, kind: string): void {
  if (op === 'co' || op === 'sw' || op === 'ew') {
    throw ScimError.invalidFilter(`Operator '${op}' is not supported for ${kind} attribute '${attrPath}'`);
  }
}

function orderedResult(op: ComparisonOperator, difference: number): boolean {
  if (Number.isNaN(difference)) return op === 'ne';
  switch (op) {
    case 'eq':
      return difference === 0;
    case 'ne':
      return difference !== 0;
    case 'gt':
      return difference > 0;
    case 'ge':
      return difference >= 0;
    case 'lt':
      return difference < 0;
    case 'le':
      return difference <= 0;
    default:
      return false;
  }
}
