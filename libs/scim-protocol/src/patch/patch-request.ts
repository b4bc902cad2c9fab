import { SCIM_PATCH_OP_SCHEMA } from '../constants';
import { ScimError } from '../errors/scim-error';
import { getProperty } from '../resource/attribute-access';
import { isPlainObject } from '../values/coerce';
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
 * Paths are syntax-checked here so a malformed one fails before anything is applied.
 */
export function parsePatchRequest(body: unknown): PatchOperation[] {
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
  return operations.map((operation, index) => parseOperation(operation, index));
}

function parseOperation(raw: unknown, index: number): PatchOperation {
  const where = `Operations[${index}]`;
  if (!isPlainObject(raw)) throw ScimError.invalidSyntax(`${where} must be an object`);
  const opName = getProperty(raw, 'op');
  const op = typeof opName === 'string' ? (opName.trim().toLowerCase() as PatchOpName) : undefined;
  if (!op || !OP_NAMES.includes(op)) {
    throw ScimError.invalidSyntax(`${where}.op must be one of add, remove, replace; got ${JSON.stringify(opName ?? null)}`);
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
