import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class CreateOrganizationRequest {
  @ApiProperty({ example: 'Acme Inc.' })
  @IsString() @IsNotEmpty() @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ example: 'org_8f2c1', description: "The platform's own id for the organization: creating the same externalId again answers 200 with the existing organization" })
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200)
  externalId?: string;
}

export class RenameOrganizationRequest {
  @ApiProperty({ example: 'Acme Corporation' })
  @IsString() @IsNotEmpty() @MaxLength(200)
  name!: string;
}

export class OrganizationResponse {
  @ApiProperty({ format: 'uuid' })
  organizationId!: string;

  @ApiProperty({ type: String, nullable: true, example: 'org_8f2c1' })
  externalId!: string | null;

  @ApiProperty({ example: 'Acme Inc.' })
  name!: string;

  @ApiProperty({ enum: ['enabled', 'disabled'], description: 'disabled: SCIM and the admin API refuse the organization; its data is kept' })
  status!: 'enabled' | 'disabled';

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  disabledAt!: Date | null;

  @ApiProperty()
  groupProvisioningEnabled!: boolean;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;

  @ApiProperty({ example: 'https://scim.example.com/scim/v2' })
  scimBaseUrl!: string;
}

export class CreatedOrganizationResponse extends OrganizationResponse {
  @ApiProperty({ description: 'Shown once' })
  scimToken!: string;

  @ApiProperty({ description: 'An admin API JWT for the new organization (HS256, for local use)' })
  adminToken!: string;
}
