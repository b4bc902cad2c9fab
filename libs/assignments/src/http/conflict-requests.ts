import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageRequest } from '@app/platform';
import { ADMIN_RESOLUTIONS, AdminResolution, CONFLICT_STATUSES, CONFLICT_TYPES, ConflictStatus, ConflictType } from '../conflicts/conflict-types';

export class ListConflictsRequest extends PageRequest {
  @ApiPropertyOptional({ enum: CONFLICT_STATUSES })
  @IsOptional() @IsIn(CONFLICT_STATUSES)
  status?: ConflictStatus;

  @ApiPropertyOptional({ enum: CONFLICT_TYPES })
  @IsOptional() @IsIn(CONFLICT_TYPES)
  type?: ConflictType;

  @ApiPropertyOptional()
  @IsOptional() @IsUUID()
  userId?: string;

  @ApiPropertyOptional({ description: 'Either side\'s SCIM group' })
  @IsOptional() @IsUUID()
  groupId?: string;
}

export class ResolveConflictRequest {
  @ApiProperty({ enum: ADMIN_RESOLUTIONS })
  @IsIn(ADMIN_RESOLUTIONS)
  resolution!: AdminResolution;
}
