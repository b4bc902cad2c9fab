import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';

export class ScimTokenMetadataResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'scim_Ab3dE9', description: 'The first characters of the token, to recognise it; never the token' })
  prefix!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastUsedAt!: Date | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'null: valid until revoked or rotated; set: the end of a rotation overlap' })
  expiresAt!: Date | null;
}

export class ScimSettingsResponse {
  @ApiProperty({ format: 'uuid' })
  organizationId!: string;

  @ApiProperty({ example: 'https://scim.example.com/scim/v2', description: 'Paste into the IdP; the same for every organization, the token decides' })
  scimBaseUrl!: string;

  @ApiProperty({ description: 'Off by default: /Groups writes answer 403 while off' })
  groupProvisioningEnabled!: boolean;

  @ApiProperty({ type: ScimTokenMetadataResponse, nullable: true, description: 'The current token; null when every token was revoked' })
  token!: ScimTokenMetadataResponse | null;
}

export class RegenerateScimTokenRequest {
  @ApiPropertyOptional({
    default: false,
    description: 'Keep the current token working until the grace period ends (SCIM_TOKEN_GRACE_HOURS, default 24 h) or it is revoked, so the IdP can be switched over without downtime',
  })
  @IsOptional() @IsBoolean()
  overlap?: boolean;
}

export class RegeneratedScimTokenResponse {
  @ApiProperty({ example: 'scim_Ab3dE9…', description: 'Shown once: store it in the IdP now' })
  token!: string;

  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'scim_Ab3dE9' })
  prefix!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the previous token stops working; null when it stopped at once' })
  previousTokenExpiresAt!: Date | null;

  @ApiProperty({ example: 'https://scim.example.com/scim/v2' })
  scimBaseUrl!: string;
}
