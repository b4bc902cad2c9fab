import { Body, Controller, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { FastifyReply } from 'fastify';
import { ApiAcceptedResponse, ApiConflictResponse, ApiCreatedResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { AdminErrorResponse } from '@app/platform';
import { IsEmail, IsOptional, IsString, MaxLength } from 'class-validator';
import { AdminApi, AdminPrincipal, CurrentAdmin } from '@app/tenancy';
import { InviteUserCommand } from '../commands/invite-user/invite-user.command';
import type { CrossOrgInvitationView } from '../domain/cross-org-invitation';
import type { UserRecord } from '../read-model/user-record';

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
function invitationView(invitation: CrossOrgInvitationView): CrossOrgInvitationResponse {
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

@Controller('api/v1/users')
@AdminApi()
@ApiTags('Users')
export class UsersAdminController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @ApiCreatedResponse({ type: AdminUserResponse, description: 'A member added by hand; a later SCIM write of the same email adopts it' })
  @ApiAcceptedResponse({
    type: CrossOrgInvitationResponse,
    description: 'The email has an account in another organization: a pending invitation; the user moves here when they accept it on the platform',
  })
  @ApiConflictResponse({ type: AdminErrorResponse, description: 'The email already has an account in this organization' })
  async invite(@CurrentAdmin() admin: AdminPrincipal, @Body() body: InviteUserRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const result = await this.commands.execute(new InviteUserCommand(admin.organizationId, body.email, body.givenName, body.familyName));
    if (result.kind === 'cross_org_invitation') {
      void reply.status(202);
      return invitationView(result.invitation);
    }
    void reply.status(201);
    return adminUserView(result.user);
  }
}
