import { ApiProperty } from '@nestjs/swagger';

/** One SCIM request in the activity log. */
export class ActivityResponse {
  @ApiProperty()
  id!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  occurredAt!: Date;

  @ApiProperty({ example: 'PATCH' })
  method!: string;

  @ApiProperty({ example: '/scim/v2/Groups/3f1c…', description: 'Without the query string' })
  path!: string;

  @ApiProperty({ type: String, nullable: true, example: 'Groups' })
  resourceType!: string | null;

  @ApiProperty({ type: String, nullable: true })
  resourceId!: string | null;

  @ApiProperty({ example: 200 })
  status!: number;

  @ApiProperty({ enum: ['success', 'failure'] })
  outcome!: string;

  @ApiProperty({ type: String, nullable: true, example: 'uniqueness' })
  scimType!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'A user with userName jane@acme.com is already provisioned in this organization', description: "The SCIM error's detail, as the IdP received it" })
  scimDetail!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'jane@acme.com', description: 'userName (Users) or displayName (Groups) on a create, else the resource id' })
  target!: string | null;

  @ApiProperty({ example: 4 })
  durationMs!: number;

  @ApiProperty()
  requestId!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Which SCIM token made the request (its id, never the token)' })
  tokenId!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Okta SCIM Client 1.0.0' })
  userAgent!: string | null;
}
