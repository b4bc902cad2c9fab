import { Body, Controller, HttpCode, Post, UseGuards, UsePipes, ValidationPipe } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { AppConfig } from '@app/platform';
import { AdminTokenIssuer } from '../../auth/admin-token.issuer';
import { PlatformServiceGuard } from '../../auth/platform-service.guard';
import { CreateOrganizationCommand } from './create-organization.command';

export class CreateOrganizationRequest {
  @ApiProperty({ example: 'Acme Inc.' })
  @IsString() @IsNotEmpty() @MaxLength(200)
  name!: string;
}

export class CreatedOrganizationResponse {
  @ApiProperty({ format: 'uuid' })
  organizationId!: string;

  @ApiProperty({ example: 'Acme Inc.' })
  name!: string;

  @ApiProperty({ example: 'https://scim.example.com/scim/v2' })
  scimBaseUrl!: string;

  @ApiProperty({ description: 'Shown once' })
  scimToken!: string;

  @ApiProperty({ description: 'An admin API JWT for the new organization' })
  adminToken!: string;
}

/** Platform operation (not for org admins): guarded by the platform service token. */
@Controller('internal/organizations')
@ApiTags('Platform')
@ApiBearerAuth('platform')
@UseGuards(PlatformServiceGuard)
@UsePipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true }))
export class InternalOrganizationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly adminTokens: AdminTokenIssuer,
    private readonly config: AppConfig,
  ) {}

  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ type: CreatedOrganizationResponse, description: 'Answers 404 unless PLATFORM_SERVICE_TOKEN is configured' })
  async create(@Body() body: CreateOrganizationRequest) {
    const created = await this.commands.execute(new CreateOrganizationCommand(body.name));
    return {
      organizationId: created.organizationId,
      name: created.name,
      scimBaseUrl: this.config.scimBaseUrl,
      scimToken: created.scimToken,
      adminToken: this.adminTokens.issue(created.organizationId),
    };
  }
}
