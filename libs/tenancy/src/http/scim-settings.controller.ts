import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBody, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { AdminErrorResponse, AppConfig, PageRequest, PageResponse } from '@app/platform';
import { AdminApi } from '../auth/admin-api.decorator';
import { AdminPrincipal, CurrentAdmin } from '../auth/principals';
import { RevokeScimTokenCommand } from '../commands/revoke-scim-token/revoke-scim-token.command';
import { RotateScimTokenCommand } from '../commands/rotate-scim-token/rotate-scim-token.command';
import { SetGroupProvisioningCommand } from '../commands/set-group-provisioning/set-group-provisioning.command';
import { GetScimSettingsQuery } from '../queries/get-scim-settings/get-scim-settings.query';
import { ListScimTokensQuery } from '../queries/list-scim-tokens/list-scim-tokens.query';
import { RegeneratedScimTokenResponse, RegenerateScimTokenRequest, ScimSettingsResponse, ScimTokenMetadataResponse } from './scim-settings.responses';

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
  @ApiBody({ type: RegenerateScimTokenRequest, required: false })
  @ApiCreatedResponse({
    type: RegeneratedScimTokenResponse,
    description: 'Without overlap the old token stops working at once (on every instance); with overlap it keeps working until previousTokenExpiresAt. At most two tokens are live.',
  })
  async regenerate(@CurrentAdmin() admin: AdminPrincipal, @Body() body: RegenerateScimTokenRequest = {}) {
    const issued = await this.commands.execute(new RotateScimTokenCommand(admin.organizationId, { overlap: body?.overlap === true }));
    return {
      token: issued.scimToken,
      id: issued.tokenId,
      prefix: issued.prefix,
      createdAt: issued.createdAt,
      previousTokenExpiresAt: issued.previousTokenExpiresAt,
      scimBaseUrl: this.config.scimBaseUrl,
    };
  }

  @Delete('token')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Revokes every live token; SCIM calls answer 401 until a new one is issued' })
  async revoke(@CurrentAdmin() admin: AdminPrincipal): Promise<void> {
    await this.commands.execute(new RevokeScimTokenCommand(admin.organizationId));
  }

  @Get('tokens')
  @ApiOkResponse({ type: PageResponse(ScimTokenMetadataResponse), description: 'Live tokens, newest (current) first: two during a rotation overlap. Never the secrets.' })
  listTokens(@CurrentAdmin() admin: AdminPrincipal, @Query() page: PageRequest) {
    return this.queries.execute(new ListScimTokensQuery(admin.organizationId, page.page, page.pageSize));
  }

  @Delete('tokens/:id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Revokes this token at once, on every instance (e.g. ends a rotation overlap early)' })
  @ApiNotFoundResponse({ type: AdminErrorResponse, description: 'No such token in this organization' })
  async revokeOne(@CurrentAdmin() admin: AdminPrincipal, @Param('id') id: string): Promise<void> {
    await this.commands.execute(new RevokeScimTokenCommand(admin.organizationId, id));
  }
}
