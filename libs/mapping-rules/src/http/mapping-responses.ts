import { ApiProperty } from '@nestjs/swagger';
import { MAPPING_STATUSES, RULE_TYPES, TARGET_TYPES } from '../domain/mapping-types';

export class MappingResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', description: 'The SCIM group' }) groupId!: string;
  @ApiProperty({ type: String, nullable: true, example: 'Engineering', description: "The group's displayName" }) groupName!: string | null;
  @ApiProperty({ enum: TARGET_TYPES }) targetType!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null while Pending without a chosen target' }) entityId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Engineering', description: "The target entity's name; null without a target or once it is deleted" }) targetName!: string | null;
  @ApiProperty({ enum: MAPPING_STATUSES }) status!: string;
  @ApiProperty({ description: 'The target was deleted by an admin; the mapping waits in Pending for a new one' }) targetDeleted!: boolean;
  @ApiProperty({ type: String, nullable: true, example: 'Auto-approve could not create a Team named after the group: name must be 1 to 200 characters', description: 'Why a rule left it Pending instead of auto-approving it' }) pendingReason!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The rule that made it; null when an admin did' }) ruleId!: string | null;
  @ApiProperty({ enum: ['rule', 'admin'] }) createdBy!: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: Date;
}

export class MappingRuleResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Engineering teams' }) name!: string;
  @ApiProperty({ enum: RULE_TYPES }) type!: string;
  @ApiProperty({ type: String, nullable: true, example: 'eng-', description: 'The prefix or RE2 regular expression; null for match_all' }) pattern!: string | null;
  @ApiProperty({ enum: TARGET_TYPES }) targetType!: string;
  @ApiProperty() autoApprove!: boolean;
  @ApiProperty({ example: 100, description: 'Higher is tried first' }) priority!: number;
  @ApiProperty() enabled!: boolean;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: Date;
}

class PlannedRuleResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Every group is a team' }) name!: string;
  @ApiProperty({ example: 100 }) priority!: number;
}

class PlannedTargetResponse {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'An existing entity; null when one is to be created or none is chosen yet' }) entityId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Engineering', description: "The entity's name; null while none is chosen" }) name!: string | null;
  @ApiProperty({ description: 'A Team or Concurrency Group of this name would be created' }) create!: boolean;
}

/** One unmapped group a rule matches, and what applying the rules would make of it. */
export class PlannedMappingResponse {
  @ApiProperty({ format: 'uuid' }) groupId!: string;
  @ApiProperty({ example: 'Engineering' }) groupName!: string;
  @ApiProperty({ type: PlannedRuleResponse, description: 'The rule that wins for this group' }) rule!: PlannedRuleResponse;
  @ApiProperty({ enum: TARGET_TYPES }) targetType!: string;
  @ApiProperty({ type: PlannedTargetResponse }) target!: PlannedTargetResponse;
  @ApiProperty({ enum: ['auto_approved', 'pending'] }) status!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Why the mapping would stay Pending' }) reason!: string | null;
}

export class RulesAppliedResponse {
  @ApiProperty({ example: 3, description: 'Unmapped groups that now have a mapping' }) groupsMapped!: number;
  @ApiProperty({ example: 2 }) autoApproved!: number;
  @ApiProperty({ example: 1 }) pending!: number;
}
