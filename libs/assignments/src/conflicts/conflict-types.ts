import type { TargetType } from '@app/mapping-rules';

export const CONFLICT_TYPES = ['exclusive_concurrency_group', 'exclusive_sub_org', 'cross_type'] as const;
export type ConflictType = (typeof CONFLICT_TYPES)[number];

export const CONFLICT_STATUSES = ['open', 'resolved'] as const;
export type ConflictStatus = (typeof CONFLICT_STATUSES)[number];

export const ADMIN_RESOLUTIONS = ['keep_current', 'use_incoming'] as const;
export type AdminResolution = (typeof ADMIN_RESOLUTIONS)[number];
export type ConflictResolution = AdminResolution | 'auto';

/**
 * A slot a user holds at most one entity of. Cross-type conflicts are about whether the user moves
 * into the sub-org, so they hold that slot.
 */
export const EXCLUSIVE_SLOTS = ['concurrency_group', 'sub_organization'] as const;
export type ExclusiveSlot = (typeof EXCLUSIVE_SLOTS)[number];

/** One group of the user and the target its mapping gives. */
export interface ConflictSide {
  groupId: string;
  targetType: TargetType;
  entityId: string;
}

export interface ConflictView {
  id: string;
  userId: string;
  type: ConflictType;
  slot: ExclusiveSlot;
  current: ConflictSide;
  incoming: ConflictSide;
  status: ConflictStatus;
  resolution: ConflictResolution | null;
  resolvedBy: string | null;
  createdAt: Date;
  resolvedAt: Date | null;
}
