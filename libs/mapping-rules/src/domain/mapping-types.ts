/** Same names as org-entities' entity types: a mapping target is one of them. */
export const TARGET_TYPES = ['team', 'concurrency_group', 'sub_organization'] as const;
export type TargetType = (typeof TARGET_TYPES)[number];

export const MAPPING_STATUSES = ['pending', 'approved', 'auto_approved', 'rejected'] as const;
export type MappingStatus = (typeof MAPPING_STATUSES)[number];

/** Approved and Auto-Approved mappings sync members; Pending and Rejected do not. */
export const SYNCING_STATUSES: readonly MappingStatus[] = ['approved', 'auto_approved'];

export const RULE_TYPES = ['prefix', 'regex', 'match_all'] as const;
export type RuleType = (typeof RULE_TYPES)[number];

export type MappingCreator = 'rule' | 'admin';
/** Who last moved the mapping's status: rules never touch what an admin decided. */
export type MappingDecider = 'rule' | 'admin' | 'system';

/** Only these may be created from a group's name; a Sub-Organization is never created by a mapping. */
export const CREATABLE_TARGET_TYPES: readonly TargetType[] = ['team', 'concurrency_group'];

export function isSyncing(status: MappingStatus): boolean {
  return SYNCING_STATUSES.includes(status);
}
