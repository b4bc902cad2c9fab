import { CORE_GROUP_SCHEMA, SCIM_PATCH_OP_SCHEMA } from '../constants';
import { ScimError } from '../errors/scim-error';
import { ScimRequestLimits } from '../limits/request-limits';
import { getProperty } from '../resource/attribute-access';
import { isPlainObject, preview } from '../values/coerce';
import { parsePatchPath } from './patch-path';

export type PatchOpName = 'add' | 'remove' | 'replace';

export interface PatchOperation {
  op: PatchOpName;
  path?: string;
  /** Absent for `remove` without a value; `null` means "unassign". */
  value?: unknown;
}

const OP_NAMES: readonly PatchOpName[] = ['add', 'remove', 'replace'];

/**
 * Validates a PATCH body (RFC 7644 §3.5.2) liberally: op names and member names in any case
 * (Entra sends `Replace`), `schemas` may be omitted, but when present it must name PatchOp.
 * Paths are syntax-checked here so a malformed one fails before anything is applied, and the
 * request's size (operations, group members) is checked before any operation is parsed.
 */
export function parsePatchRequest(body: unknown, limits?: ScimRequestLimits): PatchOperation[] {
  if (!isPlainObject(body)) throw ScimError.invalidSyntax('A PATCH body must be a JSON object with an Operations array');
  const schemas = getProperty(body, 'schemas');
  if (schemas !== undefined) {
    const listed = Array.isArray(schemas) ? schemas : [schemas];
    if (!listed.some((urn) => typeof urn === 'string' && urn.toLowerCase() === SCIM_PATCH_OP_SCHEMA.toLowerCase())) {
      throw ScimError.invalidSyntax(`A PATCH body's schemas must contain ${SCIM_PATCH_OP_SCHEMA}`);
    }
  }
  const operations = getProperty(body, 'Operations');
  if (!Array.isArray(operations)) throw ScimError.invalidSyntax('A PATCH body needs an Operations array');
  if (limits && operations.length > limits.maxOperations) {
    throw ScimError.invalidValue(`A PATCH may carry at most ${limits.maxOperations} operations, got ${operations.length}; send them in several requests`);
  }
  const parsed = operations.map((operation, index) => parseOperation(operation, index));
  if (limits) assertMemberCount(parsed.reduce((sum, operation) => sum + memberValueCount(operation), 0), limits);
  return parsed;
}

/** The members limit holds for a whole request, whether it comes as one list or spread over many operations. */
export function assertMemberCount(count: number, limits: ScimRequestLimits): void {
  if (count > limits.maxMembers) {
    throw ScimError.invalidValue(`A request may carry at most ${limits.maxMembers} members, got ${count}; send them in several PATCH requests`);
  }
}

const CORE_GROUP = CORE_GROUP_SCHEMA.toLowerCase();
const MEMBERS_PATHS = new Set(['members', `${CORE_GROUP}:members`]);

function countOf(value: unknown): number {
  if (value === undefined || value === null) return 0;
  return Array.isArray(value) ? value.length : 1;
}

/** Members in a path-less value: `{members}`, `{"urn:…:Group:members"}` or `{"urn:…:Group": {members}}`. */
function membersInObject(value: unknown): number {
  if (!isPlainObject(value)) return 0;
  return Object.entries(value).reduce((sum, [key, item]) => {
    const name = key.toLowerCase();
    if (MEMBERS_PATHS.has(name)) return sum + countOf(item);
    return name === CORE_GROUP ? sum + membersInObject(item) : sum;
  }, 0);
}

/** Members an operation adds or lists: `path: "members"` (or `members[...]`), or a path-less value holding members. */
function memberValueCount(operation: PatchOperation): number {
  if (operation.path === undefined) return membersInObject(operation.value);
  const attribute = operation.path.split('[')[0].trim().toLowerCase();
  if (MEMBERS_PATHS.has(attribute)) return countOf(operation.value);
  return attribute === CORE_GROUP ? membersInObject(operation.value) : 0;
}

function parseOperation(raw: unknown, index: number): PatchOperation {
  const where = `Operations[${index}]`;
  if (!isPlainObject(raw)) throw ScimError.invalidSyntax(`${where} must be an object`);
  const opName = getProperty(raw, 'op');
  const op = typeof opName === 'string' ? (opName.trim().toLowerCase() as PatchOpName) : undefined;
  if (!op || !OP_NAMES.includes(op)) {
    throw ScimError.invalidSyntax(`${where}.op must be one of add, remove, replace; got ${preview(opName ?? null)}`);
  }
  const rawPath = getProperty(raw, 'path');
  if (rawPath !== undefined && rawPath !== null && typeof rawPath !== 'string') {
    throw ScimError.invalidPath(`${where}.path must be a string`);
  }
  const path = typeof rawPath === 'string' && rawPath.trim() !== '' ? rawPath.trim() : undefined;
  const value = getProperty(raw, 'value');

  if (path === undefined) {
    if (op === 'remove') throw ScimError.noTarget(`${where}: remove needs a path`);
    if (!isPlainObject(value)) {
      throw ScimError.invalidValue(`${where}: ${op} without a path needs an object value`);
    }
  } else {
    parsePatchPath(path);
    if (op !== 'remove' && value === undefined) throw ScimError.invalidValue(`${where}: ${op} needs a value`);
  }

  const operation: PatchOperation = { op };
  if (path !== undefined) operation.path = path;
  if (value !== undefined) operation.value = value;
  return operation;
}
