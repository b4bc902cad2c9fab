import { ApiProperty } from '@nestjs/swagger';
import { TARGET_TYPES, TargetType } from '@app/mapping-rules';
import { ADMIN_RESOLUTIONS, CONFLICT_STATUSES, CONFLICT_TYPES, ConflictResolution, ConflictStatus, ConflictType, EXCLUSIVE_SLOTS, ExclusiveSlot } from '../conflicts/conflict-types';

export class ConflictSideResponse {
  @ApiProperty({ format: 'uuid' })
  groupId!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Engineering', description: "The group's displayName" })
  groupName!: string | null;

  @ApiProperty({ enum: TARGET_TYPES })
  targetType!: TargetType;

  @ApiProperty({ format: 'uuid' })
  entityId!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Fast lane', description: "The target entity's name; null once it is deleted" })
  entityName!: string | null;
}

export class ConflictResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty({ enum: CONFLICT_TYPES })
  type!: ConflictType;

  @ApiProperty({ enum: EXCLUSIVE_SLOTS, description: 'The exclusive slot at stake (cross-type: the sub-organization)' })
  slot!: ExclusiveSlot;

  @ApiProperty({ type: ConflictSideResponse, description: 'Where the user is now (or the earlier mapping if in neither)' })
  current!: ConflictSideResponse;

  @ApiProperty({ type: ConflictSideResponse })
  incoming!: ConflictSideResponse;

  @ApiProperty({ enum: CONFLICT_STATUSES })
  status!: ConflictStatus;

  @ApiProperty({ enum: [...ADMIN_RESOLUTIONS, 'auto'], nullable: true, type: String })
  resolution!: ConflictResolution | null;

  @ApiProperty({ nullable: true, type: String, description: "'admin:<subject>' or 'auto:<reason>'" })
  resolvedBy!: string | null;

  @ApiProperty()
  createdAt!: Date;

  @ApiProperty({ nullable: true, type: Date })
  resolvedAt!: Date | null;
}
