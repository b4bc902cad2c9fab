import { Injectable, Logger } from '@nestjs/common';
import { DomainError, isNotRetryable, ReadSide, TransactionRunner } from '@app/platform';
import { GroupMapping } from '../domain/group-mapping.entity';
import { liveMappingOfEntity } from '../domain/mapping-repository';
import { approveMapping, revertMapping } from '../domain/mapping-transitions';
import { CREATABLE_TARGET_TYPES, TargetType } from '../domain/mapping-types';
import { findWinningRule } from '../domain/rule-matcher';
import { EntityDirectory } from '../ports/entity-directory';
import { EntityRenameSkippedEvent } from '../events/entity-rename-skipped.event';
import { listRules, RuleRow } from './rule-row';

export interface GroupSnapshot {
  organizationId: string;
  groupId: string;
  displayName: string;
}

interface MappingFacts {
  targetType: TargetType;
  status: GroupMapping['status'];
  createdBy: GroupMapping['createdBy'];
  decidedBy: GroupMapping['decidedBy'];
}

/**
 * docs/mapping-rules.md: rules run when a group is created, restored or renamed. They never touch what an admin
 * made or decided; a rule-made mapping whose rule no longer wins goes back to Pending; the winner
 * adds a mapping of its target type only where the group has none (a Pending one, even one whose
 * target was deleted, blocks it: that is what stops auto-create from recreating a deleted entity).
 */
@Injectable()
export class MappingRuleEngine {
  private readonly logger = new Logger(MappingRuleEngine.name);

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly reads: ReadSide,
    private readonly entities: EntityDirectory,
  ) {}

  async evaluate(group: GroupSnapshot): Promise<void> {
    const rules = await listRules(this.reads, group.organizationId);
    const winner = findWinningRule(rules, group.displayName);
    const current = await this.reads.rows<MappingFacts>(
      `select target_type as "targetType", status, created_by as "createdBy", decided_by as "decidedBy"
         from mapping_rules.group_mapping where organization_id = ? and group_id = ?`,
      [group.organizationId, group.groupId],
    );
    // Resolved before the transaction: creating an entity is org-entities' own transaction, and a
    // replay after a failure finds the entity by name instead of creating a second one.
    const target = winner && winnerMayAdd(winner, current) && winner.autoApprove ? await this.resolveTarget(group, winner.targetType) : null;
    const entityId = target?.entityId ?? null;

    await this.transactions.run(async ({ em, raise }) => {
      const mappings = await em.find(GroupMapping, { organizationId: group.organizationId, groupId: group.groupId });
      for (const mapping of mappings) {
        if (mapping.createdBy !== 'rule' || mapping.decidedBy === 'admin' || mapping.ruleId === winner?.id) continue;
        const reverted = revertMapping(mapping, { targetDeleted: false });
        if (reverted) raise(reverted);
      }
      if (!winner || !winnerMayAdd(winner, mappings)) return;
      const mapping = em.create(GroupMapping, {
        organizationId: group.organizationId,
        groupId: group.groupId,
        targetType: winner.targetType,
        status: 'pending',
        ruleId: winner.id,
        createdBy: 'rule',
        pendingReason: target?.refusal ?? null,
      });
      const free = entityId && !(await liveMappingOfEntity(em, group.organizationId, winner.targetType, entityId));
      if (free) raise(approveMapping(mapping, entityId, 'rule'));
    });
  }

  /** docs/mapping-rules.md: mapped Teams and Concurrency Groups follow the group's name; Sub-Organizations keep theirs. */
  async renameTargets(group: GroupSnapshot): Promise<void> {
    const targets = await this.reads.rows<{ targetType: TargetType; entityId: string }>(
      `select target_type as "targetType", entity_id as "entityId" from mapping_rules.group_mapping
        where organization_id = ? and group_id = ? and status in ('approved', 'auto_approved') and not target_deleted
          and entity_id is not null and target_type in ('team', 'concurrency_group')`,
      [group.organizationId, group.groupId],
    );
    for (const target of targets) {
      try {
        await this.entities.rename(group.organizationId, target.targetType, target.entityId, group.displayName);
      } catch (error) {
        // A name another entity holds, or an entity deleted meanwhile: retrying would not help.
        if (!(error instanceof DomainError)) throw error;
        this.logger.warn(`group ${group.groupId} renamed but ${target.targetType} ${target.entityId} kept its name: ${error.message}`);
        const entity = await this.entities.get(group.organizationId, target.targetType, target.entityId);
        const skipped = new EntityRenameSkippedEvent(group.organizationId, group.groupId, target.targetType, target.entityId, entity?.name ?? null, group.displayName, error.message);
        await this.transactions.run(async ({ raise }) => raise(skipped));
      }
    }
  }

  /**
   * The entity named after the group, created if missing. When org-entities refuses to create it
   * (a product rule, e.g. the name is longer than an entity name may be), retrying would fail the
   * same way: the mapping stays Pending with the refusal as its reason, for an admin to decide.
   */
  private async resolveTarget(group: GroupSnapshot, targetType: TargetType): Promise<{ entityId: string | null; refusal?: string }> {
    const existing = await this.entities.findByName(group.organizationId, targetType, group.displayName.trim());
    if (existing) return { entityId: existing.id };
    if (!CREATABLE_TARGET_TYPES.includes(targetType)) return { entityId: null };
    try {
      return { entityId: (await this.entities.create(group.organizationId, targetType, group.displayName.trim())).id };
    } catch (error) {
      if (!isNotRetryable(error)) throw error;
      const refusal = `Auto-approve could not create a ${TARGET_LABELS[targetType]} named after the group: ${(error as Error).message}`;
      this.logger.warn(`group ${group.groupId}: ${refusal}`);
      return { entityId: null, refusal };
    }
  }
}

const TARGET_LABELS: Record<TargetType, string> = { team: 'Team', concurrency_group: 'Concurrency Group', sub_organization: 'Sub-Organization' };

/** The winner adds a mapping unless one of its type is live, or an admin rejected one. */
function winnerMayAdd(winner: RuleRow, mappings: readonly MappingFacts[]): boolean {
  return !mappings.some(
    (m) => m.targetType === winner.targetType && (m.status !== 'rejected' || m.decidedBy === 'admin'),
  );
}
