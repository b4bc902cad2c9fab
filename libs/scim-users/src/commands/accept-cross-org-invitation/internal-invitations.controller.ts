import { Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { AdminErrorResponse } from '@app/platform';
import { PlatformServiceGuard } from '@app/tenancy';
import { AcceptCrossOrgInvitationCommand } from './accept-cross-org-invitation.command';

export class AcceptedInvitationResponse {
  @ApiProperty({ format: 'uuid' }) invitationId!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ format: 'uuid', description: 'The inviting organization, where the user now belongs' }) organizationId!: string;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'The organization the user left; null if the user was already a member' })
  previousOrganizationId!: string | null;
}

/** Platform operation: the user accepted joining the organization on the platform. */
@Controller('internal/invitations')
@ApiTags('Platform')
@ApiBearerAuth('platform')
@UseGuards(PlatformServiceGuard)
export class InternalInvitationsController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':id/accept')
  @HttpCode(200)
  @ApiOkResponse({
    type: AcceptedInvitationResponse,
    description: "Moves the user into the inviting organization and releases the previous organization's groups, assignments and roles; repeating it answers the same",
  })
  @ApiUnauthorizedResponse({ type: AdminErrorResponse, description: 'No valid platform service token' })
  @ApiNotFoundResponse({ type: AdminErrorResponse, description: 'Unknown invitation, or PLATFORM_SERVICE_TOKEN is not configured' })
  accept(@Param('id') id: string) {
    return this.commands.execute(new AcceptCrossOrgInvitationCommand(id));
  }
}
