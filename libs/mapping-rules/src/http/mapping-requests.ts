import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { PageRequest } from '@app/platform';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { MAPPING_STATUSES, MappingStatus, RULE_TYPES, RuleType, TARGET_TYPES, TargetType } from '../domain/mapping-types';

export class TargetChoiceRequest {
  @ApiPropertyOptional({ description: 'An existing entity of the mapping\'s target type' })
  @IsOptional() @IsUUID()
  entityId?: string;

  @ApiPropertyOptional({ description: 'Creates a new Team or Concurrency Group with this name (never a Sub-Organization)' })
  @IsOptional() @IsString() @MinLength(1) @MaxLength(200)
  createEntityName?: string;
}

export class CreateMappingRequest extends TargetChoiceRequest {
  @ApiProperty({ enum: TARGET_TYPES })
  @IsIn(TARGET_TYPES)
  targetType!: TargetType;
}

export class RetargetMappingRequest {
  @ApiProperty()
  @IsUUID()
  entityId!: string;
}

const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class ListMappingsRequest extends PageRequest {
  @ApiPropertyOptional({ enum: MAPPING_STATUSES })
  @IsOptional() @IsIn(MAPPING_STATUSES)
  status?: MappingStatus;

  @ApiPropertyOptional()
  @IsOptional() @Transform(toBoolean) @IsBoolean()
  targetDeleted?: boolean;

}

export class CreateMappingRuleRequest {
  @ApiProperty()
  @IsString() @MinLength(1) @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: RULE_TYPES })
  @IsIn(RULE_TYPES)
  type!: RuleType;

  @ApiPropertyOptional({ description: 'The prefix, or the regular expression (RE2 syntax); none for match_all' })
  @IsOptional() @IsString() @MaxLength(1000)
  pattern?: string;

  @ApiProperty({ enum: TARGET_TYPES })
  @IsIn(TARGET_TYPES)
  targetType!: TargetType;

  @ApiPropertyOptional({ default: false })
  @IsOptional() @IsBoolean()
  autoApprove?: boolean;

  @ApiPropertyOptional({ default: 0, description: 'Highest first' })
  @IsOptional() @IsInt() @Min(-1_000_000) @Max(1_000_000)
  priority?: number;

  @ApiPropertyOptional({ default: true })
  @IsOptional() @IsBoolean()
  enabled?: boolean;
}

/** Only the fields given change; a pattern is checked against the rule's (possibly new) type. */
export class UpdateMappingRuleRequest {
  @ApiPropertyOptional({ example: 'Engineering teams' })
  @IsOptional() @IsString() @MinLength(1) @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: RULE_TYPES })
  @IsOptional() @IsIn(RULE_TYPES)
  type?: RuleType;

  @ApiPropertyOptional({ description: 'The prefix, or the regular expression (RE2 syntax); ignored for match_all' })
  @IsOptional() @IsString() @MaxLength(1000)
  pattern?: string;

  @ApiPropertyOptional({ enum: TARGET_TYPES })
  @IsOptional() @IsIn(TARGET_TYPES)
  targetType?: TargetType;

  @ApiPropertyOptional()
  @IsOptional() @IsBoolean()
  autoApprove?: boolean;

  @ApiPropertyOptional({ description: 'Highest first', minimum: -1_000_000, maximum: 1_000_000 })
  @IsOptional() @IsInt() @Min(-1_000_000) @Max(1_000_000)
  priority?: number;

  @ApiPropertyOptional()
  @IsOptional() @IsBoolean()
  enabled?: boolean;
}

export class ReorderMappingRulesRequest {
  @ApiProperty({
    type: [String],
    description: "Every rule id, highest priority first. The rules keep the admin's priority values (and so their spacing): the same set of values is handed out again in the new order (lowered by one where two would tie)",
  })
  @IsArray() @ArrayMaxSize(1000) @IsUUID('all', { each: true })
  ids!: string[];
}
