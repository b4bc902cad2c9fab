import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageRequest, PageResponse } from '@app/platform';

export const MAPPING_STATUS_FILTERS = ['pending', 'approved', 'auto_approved', 'rejected', 'target_deleted'] as const;

export class ListScimGroupsRequest extends PageRequest {
  @ApiPropertyOptional({ description: 'Case-insensitive substring of the trimmed group name' })
  @IsOptional() @IsString() @MaxLength(200)
  search?: string;

  @ApiPropertyOptional({ enum: MAPPING_STATUS_FILTERS, description: 'Groups having at least one mapping in this state' })
  @IsOptional() @IsIn(MAPPING_STATUS_FILTERS)
  mappingStatus?: (typeof MAPPING_STATUS_FILTERS)[number];
}

export class MappingSummaryResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['team', 'concurrency_group', 'sub_organization'] }) targetType!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) entityId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Engineering', description: "The target entity's name" }) targetName!: string | null;
  @ApiProperty({ enum: ['pending', 'approved', 'auto_approved', 'rejected'] }) status!: string;
  @ApiProperty({ description: 'The target entity was deleted by an admin; the mapping waits for a new target' }) targetDeleted!: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The rule that made it; null when an admin did' }) ruleId!: string | null;
}

export class ScimGroupListItemResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Engineering' }) displayName!: string;
  @ApiProperty({ type: String, nullable: true }) externalId!: string | null;
  @ApiProperty({ example: 42 }) memberCount!: number;
  @ApiProperty({ type: [String], example: ['Admin'], description: 'LambdatestRoles, applied to every member' }) roles!: string[];
  @ApiProperty({ type: [MappingSummaryResponse] }) mappings!: MappingSummaryResponse[];
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: Date;
}

export class ScimGroupMemberResponse {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ example: 'jane@acme.com' }) userName!: string;
  @ApiProperty({ enum: ['Admin', 'User', 'Guest'] }) effectiveRole!: string;
}

export class ScimGroupDetailResponse extends ScimGroupListItemResponse {
  @ApiProperty({ type: PageResponse(ScimGroupMemberResponse), description: 'One page of members (?page=&pageSize=)' })
  members!: unknown;
}
