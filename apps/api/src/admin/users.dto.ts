import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageRequest } from '@app/platform';
import { AdminUserResponse } from './admin-user.dto';
import { EffectiveRoleResponse, RoleSourceGroupResponse } from './effective-role.dto';

export class ListUsersRequest extends PageRequest {
  @ApiPropertyOptional({ description: 'Case-insensitive substring of userName or name' })
  @IsOptional() @IsString() @MaxLength(200)
  search?: string;

  @ApiPropertyOptional()
  @IsOptional() @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)) @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ enum: ['Admin', 'User', 'Guest'], description: 'Effective role' })
  @IsOptional() @IsIn(['Admin', 'User', 'Guest'])
  role?: 'Admin' | 'User' | 'Guest';

  @ApiPropertyOptional({ format: 'uuid', description: 'Members of this SCIM group' })
  @IsOptional() @IsUUID()
  groupId?: string;
}

export class UserListItemResponse extends AdminUserResponse {
  @ApiProperty({ enum: ['Admin', 'User', 'Guest'] })
  effectiveRole!: string;
}

export class AssignedEntityResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['team', 'concurrency_group', 'sub_organization'] }) type!: string;
  @ApiProperty({ example: 'Night shift' }) name!: string;
  @ApiProperty({ enum: ['scim', 'user_attribute', 'manual', 'default'] }) source!: string;
}

export class UserAssignmentsResponse {
  @ApiProperty({ type: [AssignedEntityResponse] }) teams!: AssignedEntityResponse[];
  @ApiProperty({ type: AssignedEntityResponse, nullable: true }) concurrencyGroup!: AssignedEntityResponse | null;
  @ApiProperty({ type: AssignedEntityResponse, nullable: true, description: 'null: the root organization' }) subOrganization!: AssignedEntityResponse | null;
}

export class UserDetailResponse extends AdminUserResponse {
  @ApiProperty({ enum: ['Admin', 'User', 'Guest'] }) effectiveRole!: string;
  @ApiProperty({ type: EffectiveRoleResponse, description: 'Where the effective role comes from' }) role!: EffectiveRoleResponse;
  @ApiProperty({ type: [RoleSourceGroupResponse] }) groups!: RoleSourceGroupResponse[];
  @ApiProperty({ type: UserAssignmentsResponse }) assignments!: UserAssignmentsResponse;
}
