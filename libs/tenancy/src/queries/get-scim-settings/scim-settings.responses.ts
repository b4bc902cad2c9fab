import { ApiProperty } from '@nestjs/swagger';

export class ScimTokenMetadataResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'scim_Ab3dE9', description: 'The first characters of the token, to recognise it; never the token' })
  prefix!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: Date;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastUsedAt!: Date | null;
}

export class ScimSettingsResponse {
  @ApiProperty({ format: 'uuid' })
  organizationId!: string;

  @ApiProperty({ example: 'https://scim.example.com/scim/v2', description: 'Paste into the IdP; the same for every organization, the token decides' })
  scimBaseUrl!: string;

  @ApiProperty({ description: 'Off by default: /Groups writes answer 403 while off' })
  groupProvisioningEnabled!: boolean;

  @ApiProperty({ type: ScimTokenMetadataResponse, nullable: true, description: 'null when the token was revoked' })
  token!: ScimTokenMetadataResponse | null;
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

  @ApiProperty({ example: 'https://scim.example.com/scim/v2' })
  scimBaseUrl!: string;
}
