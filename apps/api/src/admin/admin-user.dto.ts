import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, MaxLength } from 'class-validator';
import type { CrossOrgInvitationView, UserRecord } from '@app/scim-users';

export class InviteUserRequest {
  @ApiProperty({ example: 'jane@acme.com' })
  @IsEmail()
  email!: string;

  @ApiPropertyOptional({ example: 'Jane' })
  @IsOptional() @IsString() @MaxLength(200)
  givenName?: string;

  @ApiPropertyOptional({ example: 'Doe' })
  @IsOptional() @IsString() @MaxLength(200)
  familyName?: string;
}

export class AdminUserResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'jane@acme.com' }) userName!: string;
  @ApiProperty({ type: String, nullable: true }) displayName!: string | null;
  @ApiProperty({ type: String, nullable: true }) givenName!: string | null;
  @ApiProperty({ type: String, nullable: true }) familyName!: string | null;
  @ApiProperty() active!: boolean;
  @ApiProperty({ description: 'false for a member an admin invited and no IdP has provisioned yet' }) scimManaged!: boolean;
  @ApiProperty({ type: String, nullable: true }) externalId!: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['Admin', 'User', 'Guest'], description: "The IdP's OrganizationRole as sent" }) organizationRoleFromIdp!: string | null;
  @ApiProperty({ type: String, nullable: true }) lambdatestGroup!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: Date;
}

export class CrossOrgInvitationResponse {
  @ApiProperty({ format: 'uuid', description: 'The platform accepts it with POST /internal/invitations/{id}/accept once the user agrees' }) id!: string;
  @ApiProperty({ example: 'jane@acme.com' }) email!: string;
  @ApiProperty({ enum: ['pending', 'accepted'] }) status!: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) acceptedAt!: Date | null;
}

/** Nothing of the other organization: not its id, not the account's. */
export function invitationView(invitation: CrossOrgInvitationView): CrossOrgInvitationResponse {
  return { id: invitation.id, email: invitation.email, status: invitation.status, createdAt: invitation.createdAt, acceptedAt: invitation.acceptedAt };
}

export function adminUserView(user: UserRecord): AdminUserResponse {
  const name = (user.resource.name ?? {}) as Record<string, unknown>;
  return {
    id: user.id,
    userName: user.userName,
    displayName: user.displayName,
    givenName: (name.givenName as string) ?? null,
    familyName: (name.familyName as string) ?? null,
    active: user.active,
    scimManaged: user.scimManaged,
    externalId: user.externalId,
    organizationRoleFromIdp: user.organizationRole,
    lambdatestGroup: user.lambdatestGroup,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
  };
}
