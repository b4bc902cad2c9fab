import type { DurableEventBase } from '@app/platform';
import { MappingApprovedEvent } from '../events/mapping-approved.event';
import { MappingRejectedEvent } from '../events/mapping-rejected.event';
import { MappingRevertedEvent } from '../events/mapping-reverted.event';
import type { GroupMapping } from './group-mapping.entity';
import { MappingStateError } from './mapping-errors';
import type { MappingDecider, MappingStatus } from './mapping-types';

/**
 * The status machine of a mapping, in one place. Each transition returns the event to raise;
 * the MappingApproved/Rejected/Reverted handlers recompute the group's members from state.
 */
export function approveMapping(mapping: GroupMapping, entityId: string, decidedBy: 'rule' | 'admin'): DurableEventBase {
  const previousStatus = mapping.status;
  mapping.entityId = entityId;
  mapping.status = decidedBy === 'rule' ? 'auto_approved' : 'approved';
  mapping.targetDeleted = false;
  mapping.decidedBy = decidedBy;
  mapping.pendingReason = null;
  return new MappingApprovedEvent(mapping.organizationId, mapping.id, mapping.groupId, mapping.targetType, entityId, previousStatus);
}

export function rejectMapping(mapping: GroupMapping, decidedBy: MappingDecider): DurableEventBase | undefined {
  if (mapping.status === 'rejected') return undefined;
  const previousStatus = mapping.status;
  mapping.status = 'rejected';
  mapping.decidedBy = decidedBy;
  return new MappingRejectedEvent(mapping.organizationId, mapping.id, mapping.groupId, mapping.targetType, mapping.entityId, previousStatus);
}

/** Back to Pending, keeping the target for the admin to confirm (or flagged deleted). */
export function revertMapping(mapping: GroupMapping, options: { targetDeleted: boolean }): DurableEventBase | undefined {
  if (mapping.status === 'rejected') return undefined;
  if (mapping.status === 'pending' && (mapping.targetDeleted || !options.targetDeleted)) return undefined;
  const previousStatus: MappingStatus = mapping.status;
  mapping.status = 'pending';
  mapping.targetDeleted = mapping.targetDeleted || options.targetDeleted;
  mapping.decidedBy = 'system';
  return new MappingRevertedEvent(mapping.organizationId, mapping.id, mapping.groupId, mapping.targetType, mapping.entityId, previousStatus);
}

export function assertNotRejected(mapping: GroupMapping, action: string): void {
  if (mapping.status === 'rejected') throw new MappingStateError(`Mapping ${mapping.id} is Rejected and cannot be ${action}`);
}
