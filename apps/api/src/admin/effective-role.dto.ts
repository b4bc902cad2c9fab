import { ApiProperty } from '@nestjs/swagger';
import { IsIn, ValidateIf } from 'class-validator';
import { ROLES } from '@app/roles';
import type { Role, RoleDecidedBy } from '@app/roles';

export class RoleSourceGroupResponse {
  @ApiProperty({ format: 'uuid' })
  groupId!: string;

  @ApiProperty({ example: 'Engineering' })
  displayName!: string;

  @ApiProperty({ type: [String], example: ['Admin'], description: 'LambdatestRoles of the group (possibly none)' })
  roles!: string[];
}

export class RoleSourcesResponse {
  @ApiProperty({ enum: ROLES, nullable: true, description: "The IdP's OrganizationRole, null when it sends none" })
  idpRole!: Role | null;

  @ApiProperty({ enum: ROLES, nullable: true, description: 'Set by an admin; decides only when neither the IdP nor a group gives a role' })
  manualRole!: Role | null;

  @ApiProperty({ type: [RoleSourceGroupResponse], description: 'The live SCIM groups the user belongs to' })
  groups!: RoleSourceGroupResponse[];
}

export class EffectiveRoleResponse {
  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty({ enum: ROLES, example: 'User' })
  effectiveRole!: Role;

  @ApiProperty({ enum: ['groups', 'idp', 'manual', 'default'], description: 'Which source gave the effective role' })
  decidedBy!: RoleDecidedBy;

  @ApiProperty({ type: RoleSourcesResponse })
  sources!: RoleSourcesResponse;
}

export class SetManualRoleRequest {
  @ApiProperty({ enum: ROLES, nullable: true, example: 'Admin', description: 'null clears the manual role' })
  // The key is required; only an explicit null clears.
  @ValidateIf((body: SetManualRoleRequest) => body.role !== null)
  @IsIn(ROLES)
  role!: Role | null;
}
