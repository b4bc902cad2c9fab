import { ScimError } from '../errors/scim-error';
import { FilterNode } from '../filter/filter-ast';
import { matchesValueFilter } from '../filter/match-filter';
import {
  ensureContainer,
  getContainer,
  getProperty,
  pruneContainer,
  readAttribute,
  setProperty,
  deleteProperty,
} from '../resource/attribute-access';
import { AttributeDefinition, ResourceTypeDefinition } from '../schema/attribute-definition';
import { findAttribute, findSchema, ResolvedAttributePath, resolveAttributePath } from '../schema/attribute-path';
import { schemasOf } from '../schema/resource-types';
import { isPlainObject, jsonEqual } from '../values/coerce';
import { assertValueCount, normalizeAttributeValue, normalizeSingleValue } from '../values/normalize-value';
import { ElementKeys } from './element-key';
import { coalesceDelegatedOps } from './coalesce-delegated-ops';
import { DelegatedOp, DelegatedValue, extractEqualityValues } from './delegated-op';
import { parsePatchPath } from './patch-path';
import { PatchOperation, PatchOpName } from './patch-request';

export interface ApplyPatchOptions {
  /** Core attributes the engine must not touch in the resource, only report as `delegatedOps` (e.g. `['members']`). */
  delegated?: string[];
}

export interface PatchResult {
  resource: Record<string, unknown>;
  delegatedOps: DelegatedOp[];
  /**
   * Canonical top-level attribute paths whose value differs after the patch (`displayName`, `name`,
   * `urn:…:User:OrganizationRole`), plus each delegated attribute that received an operation.
   * A replace with the current value is not listed.
   */
  changedPaths: string[];
}

interface PatchContext {
  resource: Record<string, unknown>;
  resourceType: ResourceTypeDefinition;
  delegated: Set<string>;
  delegatedOps: DelegatedOp[];
  keys: ElementKeys;
}

/**
 * Applies RFC 7644 §3.5.2 operations to a copy of `resource`. The input is never modified, so when any
 * operation throws nothing has been applied: the caller simply does not persist (PATCH is atomic).
 * Cost is linear in the operations: multi-valued attributes are bounded (`maxValues`, checked after
 * every operation) and values are de-duplicated through keys, not by comparing every pair.
 */
export function applyPatch(
  resource: Record<string, unknown>,
  operations: PatchOperation[],
  resourceType: ResourceTypeDefinition,
  options: ApplyPatchOptions = {},
): PatchResult {
  const context: PatchContext = {
    resource: structuredClone(resource),
    resourceType,
    delegated: new Set((options.delegated ?? []).map((name) => name.toLowerCase())),
    delegatedOps: [],
    keys: new ElementKeys(),
  };
  for (const operation of operations) applyOperation(context, operation);

  const changedPaths = changedAttributePaths(resource, context.resource, resourceType, context.delegated);
  for (const op of context.delegatedOps) {
    if (!changedPaths.includes(op.attribute)) changedPaths.push(op.attribute);
  }
  return { resource: context.resource, delegatedOps: coalesceDelegatedOps(context.delegatedOps), changedPaths };
}

function applyOperation(context: PatchContext, operation: PatchOperation): void {
  const op = operation.op.toLowerCase() as PatchOpName;
  if (operation.path === undefined || operation.path.trim() === '') {
    if (op === 'remove') throw ScimError.noTarget('remove needs a path');
    if (!isPlainObject(operation.value)) throw ScimError.invalidValue(`${op} without a path needs an object value`);
    applyPathless(context, op, operation.value);
    return;
  }

  const path = parsePatchPath(operation.path);
  const schema = !path.filter ? findSchema(context.resourceType, path.attrPath) : undefined;
  if (schema) {
    // `path: "urn:…:LambdaTest:2.0:User"` addresses the whole extension object.
    if (op === 'remove') {
      for (const attribute of schema.attributes) {
        const resolved = resolveAttributePath(context.resourceType, `${schema.id}:${attribute.name}`);
        if (resolved && attribute.mutability !== 'readOnly') applyTargeted(context, 'remove', resolved, undefined);
      }
      return;
    }
    if (!isPlainObject(operation.value)) throw ScimError.invalidValue(`A value for '${operation.path}' must be an object`);
    applyPathless(context, op, { [schema.id]: operation.value });
    return;
  }

  const resolved = resolveAttributePath(context.resourceType, path.attrPath);
  if (!resolved) throw ScimError.invalidPath(`Unknown attribute in path '${operation.path}'`);
  if (resolved.attribute.mutability === 'readOnly' || resolved.subAttribute?.mutability === 'readOnly') {
    throw ScimError.mutability(`Attribute '${resolved.path}' is read-only`);
  }
  if (path.filter) {
    applyFiltered(context, op, resolved, path.filter, path.subAttribute, operation.value, operation.path);
  } else {
    applyTargeted(context, op, resolved, operation.value);
  }
}

/**
 * A path-less add/replace: keys may be plain (`displayName`), dotted (`name.givenName`), URN-qualified
 * (`urn:…:enterprise:2.0:User:employeeNumber`) or a schema URN holding an object of that schema's
 * attributes. Unknown keys are ignored (docs/scim-protocol.md); read-only ones too, except an `id` that differs.
 */
function applyPathless(context: PatchContext, op: PatchOpName, value: Record<string, unknown>): void {
  for (const [key, raw] of Object.entries(value)) {
    if (key.toLowerCase() === 'schemas') continue;
    const schema = findSchema(context.resourceType, key);
    if (schema) {
      if (raw === null) {
        for (const attribute of schema.attributes) applyPathlessAttribute(context, op, `${schema.id}:${attribute.name}`, null);
      } else if (isPlainObject(raw)) {
        for (const [name, attributeValue] of Object.entries(raw)) {
          applyPathlessAttribute(context, op, `${schema.id}:${name}`, attributeValue);
        }
      } else {
        throw ScimError.invalidValue(`'${key}' must be an object of ${schema.name} attributes`);
      }
      continue;
    }
    applyPathlessAttribute(context, op, key, raw);
  }
}

function applyPathlessAttribute(context: PatchContext, op: PatchOpName, key: string, value: unknown): void {
  const resolved = resolveAttributePath(context.resourceType, key);
  if (!resolved) return;
  const readOnly = resolved.attribute.mutability === 'readOnly' || resolved.subAttribute?.mutability === 'readOnly';
  if (readOnly) {
    // Okta re-sends the resource's own id with every group PATCH; only a different id is an attempt to change it.
    if (!resolved.isExtension && resolved.attribute.name === 'id' && value !== null && value !== undefined) {
      const current = readAttribute(context.resource, resolved);
      if (String(value) !== String(current)) throw ScimError.mutability("Attribute 'id' is read-only");
    }
    return;
  }
  applyTargeted(context, op, resolved, value);
}

function isDelegated(context: PatchContext, resolved: ResolvedAttributePath): boolean {
  return !resolved.isExtension && context.delegated.has(resolved.attribute.name.toLowerCase());
}

function writeAttribute(context: PatchContext, resolved: ResolvedAttributePath, value: unknown): void {
  const name = resolved.attribute.name;
  if (Array.isArray(value)) assertValueCount(resolved.attribute, value.length, resolved.path);
  if (value === undefined || (Array.isArray(value) && value.length === 0)) {
    const container = getContainer(context.resource, resolved);
    if (container) deleteProperty(container, name);
    pruneContainer(context.resource, resolved);
    return;
  }
  setProperty(ensureContainer(context.resource, resolved), name, value);
}

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? [...value] : [value];
}

/** add/replace/remove on `attr` or `attr.sub`, without a value filter. */
function applyTargeted(context: PatchContext, op: PatchOpName, resolved: ResolvedAttributePath, value: unknown): void {
  if (isDelegated(context, resolved)) {
    delegate(context, op, resolved, undefined, value);
    return;
  }
  const { attribute, subAttribute } = resolved;
  const current = readAttribute(context.resource, resolved);
  const unassign = op === 'remove' || value === null;

  if (subAttribute) {
    const setSub = (element: unknown): Record<string, unknown> | undefined => {
      const copy: Record<string, unknown> = isPlainObject(element) ? { ...element } : {};
      deleteProperty(copy, subAttribute.name);
      if (!unassign) {
        const normalized = normalizeAttributeValue(subAttribute, value, resolved.path);
        if (normalized !== undefined) copy[subAttribute.name] = normalized;
      }
      return Object.keys(copy).length > 0 ? copy : undefined;
    };
    if (attribute.multiValued) {
      // `emails.value` addresses the sub-attribute of every element (RFC 7644 §3.5.2.3).
      const elements = asArray(current);
      if (elements.length === 0) {
        writeAttribute(context, resolved, unassign ? undefined : [setSub(undefined)].filter(Boolean));
      } else {
        writeAttribute(context, resolved, elements.map(setSub).filter(Boolean));
      }
    } else {
      writeAttribute(context, resolved, setSub(current));
    }
    return;
  }

  if (op === 'remove') {
    if (attribute.multiValued && value !== undefined && value !== null) {
      const toRemove = new Set(asArray(normalizeAttributeValue(attribute, value, resolved.path)).map((element) => context.keys.of(attribute, element)));
      const remaining = asArray(current).filter((element) => !toRemove.has(context.keys.of(attribute, element)));
      writeAttribute(context, resolved, remaining);
    } else {
      writeAttribute(context, resolved, undefined);
    }
    return;
  }
  if (value === null) {
    writeAttribute(context, resolved, undefined);
    return;
  }

  const normalized = normalizeAttributeValue(attribute, value, resolved.path);
  if (attribute.multiValued) {
    if (op === 'add') {
      writeAttribute(context, resolved, appendDeduplicated(context.keys, attribute, asArray(current), asArray(normalized)));
    } else {
      writeAttribute(context, resolved, normalized);
    }
  } else if (attribute.type === 'complex') {
    // RFC 7644 §3.5.2.1/.3: the sub-attributes given are set, the others are left as they were;
    // an explicit null unassigns that sub-attribute.
    const merged: Record<string, unknown> = { ...(isPlainObject(current) ? current : {}), ...(normalized as Record<string, unknown> | undefined) };
    if (isPlainObject(value)) {
      for (const [key, subValue] of Object.entries(value)) {
        const sub = findAttribute(attribute.subAttributes, key);
        if (sub && subValue === null) delete merged[sub.name];
      }
    }
    writeAttribute(context, resolved, Object.keys(merged).length > 0 ? merged : undefined);
  } else {
    writeAttribute(context, resolved, normalized);
  }
}

/** RFC 7644 §3.5.2.1: adding a value that is already there changes nothing. */
function appendDeduplicated(keys: ElementKeys, attribute: AttributeDefinition, current: unknown[], additions: unknown[]): unknown[] {
  const result = [...current];
  const present = new Set(current.map((element) => keys.of(attribute, element)));
  for (const addition of additions) {
    const key = keys.of(attribute, addition);
    if (!present.has(key)) {
      present.add(key);
      result.push(addition);
    }
  }
  return result;
}

/** Operations on `attr[filter]` and `attr[filter].sub`. */
function applyFiltered(
  context: PatchContext,
  op: PatchOpName,
  resolved: ResolvedAttributePath,
  filter: FilterNode,
  subAttributeName: string | undefined,
  value: unknown,
  rawPath: string,
): void {
  const { attribute } = resolved;
  if (resolved.subAttribute || !attribute.multiValued) {
    throw ScimError.invalidPath(`'${resolved.path}' is not multi-valued; a value filter cannot be applied in '${rawPath}'`);
  }
  let subAttribute: AttributeDefinition | undefined;
  if (subAttributeName !== undefined) {
    subAttribute = findAttribute(attribute.subAttributes, subAttributeName);
    if (!subAttribute) throw ScimError.invalidPath(`Unknown sub-attribute '${subAttributeName}' in path '${rawPath}'`);
    if (subAttribute.mutability === 'readOnly') throw ScimError.mutability(`Attribute '${resolved.path}.${subAttribute.name}' is read-only`);
  }

  if (isDelegated(context, resolved)) {
    if (subAttribute) throw ScimError.invalidPath(`Sub-attributes of '${resolved.path}' cannot be modified ('${rawPath}')`);
    delegate(context, op, resolved, filter, value);
    return;
  }

  const elements = asArray(readAttribute(context.resource, resolved));
  const matches = (element: unknown): boolean => {
    try {
      return matchesValueFilter(filter, element, attribute);
    } catch (error) {
      if (error instanceof ScimError) throw ScimError.invalidPath(`Invalid value filter in path '${rawPath}': ${error.detail}`);
      throw error;
    }
  };
  const matched = elements.map(matches);
  const anyMatched = matched.some(Boolean);

  if (op === 'remove' || value === null) {
    const remaining = subAttribute
      ? elements.map((element, i) => (matched[i] ? withoutSub(element, subAttribute.name) : element)).filter((element) => element !== undefined)
      : elements.filter((_, i) => !matched[i]);
    writeAttribute(context, resolved, remaining);
    return;
  }

  if (subAttribute) {
    const subValue = normalizeAttributeValue(subAttribute, value, `${resolved.path}.${subAttribute.name}`);
    if (anyMatched) {
      writeAttribute(context, resolved, elements.map((element, i) => (matched[i] ? { ...(element as object), [subAttribute.name]: subValue } : element)));
    } else {
      // Entra replaces `emails[type eq "work"].value` on a user that has no work email yet: create it.
      const created = { ...elementFromFilter(attribute, filter, rawPath), [subAttribute.name]: subValue };
      writeAttribute(context, resolved, [...elements, created]);
    }
    return;
  }

  const single = Array.isArray(value) && value.length === 1 ? value[0] : value;
  const replacement = normalizeSingleValue(attribute, single, resolved.path);
  if (replacement === undefined) return;
  if (anyMatched) {
    const merge = (element: unknown) =>
      attribute.type === 'complex' && isPlainObject(element) ? { ...element, ...(replacement as Record<string, unknown>) } : replacement;
    writeAttribute(context, resolved, elements.map((element, i) => (matched[i] ? merge(element) : element)));
  } else {
    const created = attribute.type === 'complex' ? { ...(elementFromFilter(attribute, filter, rawPath) as object), ...(replacement as object) } : replacement;
    writeAttribute(context, resolved, appendDeduplicated(context.keys, attribute, elements, [created]));
  }
}

function withoutSub(element: unknown, name: string): unknown {
  if (!isPlainObject(element)) return element;
  const copy = { ...element };
  deleteProperty(copy, name);
  return Object.keys(copy).length > 0 ? copy : undefined;
}

/** Builds the element a selector like `type eq "work" and primary eq true` describes. */
function elementFromFilter(attribute: AttributeDefinition, filter: FilterNode, rawPath: string): Record<string, unknown> {
  const element: Record<string, unknown> = {};
  const collect = (node: FilterNode): boolean => {
    if (node.type === 'and') return collect(node.left) && collect(node.right);
    if (node.type !== 'comparison' || node.op !== 'eq' || node.value === null) return false;
    const name = node.attrPath.replace(new RegExp(`^${attribute.name}\\.`, 'i'), '');
    const sub = findAttribute(attribute.subAttributes, name);
    if (!sub) return false;
    element[sub.name] = normalizeSingleValue(sub, node.value, `${attribute.name}.${sub.name}`);
    return true;
  };
  if (!collect(filter)) {
    throw ScimError.noTarget(`No value of '${attribute.name}' matches '${rawPath}'`);
  }
  return element;
}

function delegate(context: PatchContext, op: PatchOpName, resolved: ResolvedAttributePath, filter: FilterNode | undefined, value: unknown): void {
  const attributeName = resolved.attribute.name;
  if (resolved.subAttribute) {
    throw ScimError.invalidPath(`Sub-attributes of '${attributeName}' cannot be modified; add or remove whole values`);
  }
  const values = (): DelegatedValue[] => {
    if (value === null || value === undefined) return [];
    const normalized = asArray(normalizeAttributeValue(resolved.attribute, value, resolved.path));
    return normalized.map((element) => {
      const id = getProperty(element, 'value');
      if (typeof id !== 'string' || id.trim() === '') {
        throw ScimError.invalidValue(`Each '${attributeName}' value needs a non-empty 'value'`);
      }
      return element as DelegatedValue;
    });
  };
  const ops = context.delegatedOps;

  if (op === 'remove') {
    // `members[value eq "a" or value eq "b"]` (Entra, Okta) names the values: removed like a value list.
    const named = filter && extractEqualityValues(filter);
    if (named) ops.push({ attribute: attributeName, op: 'remove', values: named.map((id) => ({ value: id })) });
    else if (filter) ops.push({ attribute: attributeName, op: 'remove', filter });
    else if (value !== undefined && value !== null) ops.push({ attribute: attributeName, op: 'remove', values: values() });
    else ops.push({ attribute: attributeName, op: 'remove', all: true });
    return;
  }
  if (filter) {
    // Replacing `members[value eq "a"]` swaps that member for the given one(s).
    const added = values();
    if (op === 'replace') ops.push({ attribute: attributeName, op: 'remove', filter });
    if (added.length > 0) ops.push({ attribute: attributeName, op: 'add', values: added });
    return;
  }
  const given = values();
  if (op === 'add') {
    if (given.length > 0) ops.push({ attribute: attributeName, op: 'add', values: given });
  } else {
    ops.push({ attribute: attributeName, op: 'replace', values: given });
  }
}

function changedAttributePaths(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  resourceType: ResourceTypeDefinition,
  delegated: Set<string>,
): string[] {
  const changed: string[] = [];
  for (const schema of schemasOf(resourceType)) {
    const isExtension = schema !== resourceType.schema;
    for (const attribute of schema.attributes) {
      if (!isExtension && delegated.has(attribute.name.toLowerCase())) continue;
      const resolved: ResolvedAttributePath = {
        schemaUrn: schema.id,
        isExtension,
        attribute,
        path: isExtension ? `${schema.id}:${attribute.name}` : attribute.name,
      };
      if (!jsonEqual(unassignedAsNull(readAttribute(before, resolved)), unassignedAsNull(readAttribute(after, resolved)))) {
        changed.push(resolved.path);
      }
    }
  }
  return changed;
}

function unassignedAsNull(value: unknown): unknown {
  return value === undefined || (Array.isArray(value) && value.length === 0) ? null : value;
}
