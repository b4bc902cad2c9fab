import type { TargetType } from '../domain/mapping-types';

export const CONFLICT_TYPES = ['exclusive_concurrency_group', 'exclusive_sub_org', 'cross_type'] as const;
export type ConflictType = (typeof CONFLICT_TYPES)[number];

export const CONFLICT_STATUSES = ['open', 'resolved'] as const;
export type ConflictStatus = (typeof CONFLICT_STATUSES)[number];

export const ADMIN_RESOLUTIONS = ['keep_current', 'use_incoming'] as const;
export type AdminResolution = (typeof ADMIN_RESOLUTIONS)[number];
export type ConflictResolution = AdminResolution | 'auto';

/** Cross-type conflicts are about whether the user moves into the sub-org, so they hold that slot. */
export type ConflictSlot = 'concurrency_group' | 'sub_organization';

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
  slot: ConflictSlot;
  current: ConflictSide;
  incoming: ConflictSide;
  status: ConflictStatus;
  resolution: ConflictResolution | null;
  resolvedBy: string | null;
  createdAt: Date;
  resolvedAt: Date | null;
}
