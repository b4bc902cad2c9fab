import { isUuid } from '@app/platform';
import { applyPatch, DelegatedValue, extractEqualityValues, GROUP_RESOURCE_TYPE, parsePatchPath, PatchOperation } from '@app/scim-protocol';

/** A PATCH that only adds members and removes members by id, none of them both. */
export interface MemberOnlyChange {
  add: DelegatedValue[];
  removeIds: string[];
}

/**
 * Recognizes what the IdPs send for a membership change (`add` to `members`, `remove` of
 * `members` by value or by `members[value eq "…"]`), which can be applied in one statement without
 * loading the group. Anything else (other attributes, `replace`, other filters, an id both added
 * and removed, whose net effect depends on order) is undefined and takes the general path.
 */
export function memberOnlyChange(operations: readonly PatchOperation[]): MemberOnlyChange | undefined {
  const onlyMembers = operations.every((operation) => {
    if (!operation.path || operation.op.toLowerCase() === 'replace') return false;
    const path = parsePatchPath(operation.path);
    return path.attrPath.toLowerCase() === 'members' && !path.subAttribute;
  });
  if (!onlyMembers || operations.length === 0) return undefined;
  // The engine validates and normalizes the values exactly as on the general path; members are delegated, so it needs no group.
  const { delegatedOps } = applyPatch({}, [...operations], GROUP_RESOURCE_TYPE, { delegated: ['members'] });
  const change: MemberOnlyChange = { add: [], removeIds: [] };
  for (const op of delegatedOps) {
    if (op.op === 'add') change.add.push(...op.values);
    else if (op.op !== 'remove' || op.all) return undefined;
    else if (op.filter) {
      const ids = extractEqualityValues(op.filter);
      if (!ids) return undefined;
      change.removeIds.push(...ids.filter(isUuid));
    } else change.removeIds.push(...op.values.map((v) => v.value.trim()).filter(isUuid));
  }
  const removed = new Set(change.removeIds.map((id) => id.toLowerCase()));
  if (change.add.some((v) => typeof v.value === 'string' && removed.has(v.value.trim().toLowerCase()))) return undefined;
  return change;
}
