import { Body, Controller, HttpCode, Post, UseGuards, UsePipes, ValidationPipe } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { AppConfig } from '@app/platform';
import { AdminTokenIssuer } from '../../auth/admin-token.issuer';
import { PlatformServiceGuard } from '../../auth/platform-service.guard';
import { CreateOrganizationCommand } from './create-organization.command';

export class CreateOrganizationRequest {
  @IsString() @IsNotEmpty() @MaxLength(200)
  name!: string;
}

/** Platform operation (not for org admins): guarded by the platform service token. */
@Controller('internal/organizations')
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
