import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { AppConfig } from '@app/platform';
import { AdminApi } from '../../auth/admin-api.decorator';
import { AdminPrincipal, CurrentAdmin } from '../../auth/principals';
import { RevokeScimTokenCommand } from '../../commands/revoke-scim-token/revoke-scim-token.command';
import { RotateScimTokenCommand } from '../../commands/rotate-scim-token/rotate-scim-token.command';
import { SetGroupProvisioningCommand } from '../../commands/set-group-provisioning/set-group-provisioning.command';
import { GetScimSettingsQuery } from './get-scim-settings.query';
import { RegeneratedScimTokenResponse, ScimSettingsResponse } from './scim-settings.responses';

export class UpdateScimSettingsRequest {
  @ApiProperty({ example: true })
  @IsBoolean()
  groupProvisioningEnabled!: boolean;
}

@Controller('api/v1/scim')
@AdminApi()
@ApiTags('SCIM settings')
export class ScimSettingsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly config: AppConfig,
  ) {}

  @Get('settings')
  @ApiOkResponse({ type: ScimSettingsResponse })
  get(@CurrentAdmin() admin: AdminPrincipal) {
    return this.queries.execute(new GetScimSettingsQuery(admin.organizationId));
  }

  @Patch('settings')
  @ApiOkResponse({ type: ScimSettingsResponse, description: 'Turns group provisioning on or off' })
  async update(@CurrentAdmin() admin: AdminPrincipal, @Body() body: UpdateScimSettingsRequest) {
    await this.commands.execute(new SetGroupProvisioningCommand(admin.organizationId, body.groupProvisioningEnabled));
    return this.queries.execute(new GetScimSettingsQuery(admin.organizationId));
  }

  /** The only response that ever carries the token itself. */
  @Post('token')
  @HttpCode(201)
  @ApiCreatedResponse({ type: RegeneratedScimTokenResponse, description: 'The old token stops working at once' })
  async regenerate(@CurrentAdmin() admin: AdminPrincipal) {
    const issued = await this.commands.execute(new RotateScimTokenCommand(admin.organizationId));
    return { token: issued.scimToken, id: issued.tokenId, prefix: issued.prefix, createdAt: issued.createdAt, scimBaseUrl: this.config.scimBaseUrl };
  }

  @Delete('token')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Revokes the token; SCIM calls answer 401 until a new one is issued' })
  async revoke(@CurrentAdmin() admin: AdminPrincipal): Promise<void> {
    await this.commands.execute(new RevokeScimTokenCommand(admin.organizationId));
  }
}
