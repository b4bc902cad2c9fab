import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { AdminAuthGuard } from './auth/admin-auth.guard';
import { AdminJwtStrategy } from './auth/admin-jwt.strategy';
import { AdminTokenIssuer } from './auth/admin-token.issuer';
import { PlatformServiceGuard } from './auth/platform-service.guard';
import { ScimAuthGuard } from './auth/scim-auth.guard';
import { ScimBearerStrategy } from './auth/scim-bearer.strategy';
import { ScimTokenVerifier } from './auth/scim-token.verifier';
import { CreateOrganizationHandler } from './commands/create-organization/create-organization.handler';
import { InternalOrganizationsController } from './commands/create-organization/internal-organizations.controller';
import { RevokeScimTokenHandler } from './commands/revoke-scim-token/revoke-scim-token.handler';
import { RotateScimTokenHandler } from './commands/rotate-scim-token/rotate-scim-token.handler';
import { SetGroupProvisioningHandler } from './commands/set-group-provisioning/set-group-provisioning.handler';
import { Organization } from './organizations/organization.entity';
import { GetOrganizationHandler } from './queries/get-organization/get-organization.handler';
import { GetScimSettingsHandler } from './queries/get-scim-settings/get-scim-settings.handler';
import { ScimSettingsController } from './queries/get-scim-settings/scim-settings.controller';
import { ScimToken } from './tokens/scim-token.entity';

/** Organizations, their SCIM tokens and the guards that turn credentials into an organization id. */
@Module({
  imports: [PassportModule, MikroOrmModule.forFeature([Organization, ScimToken])],
  controllers: [InternalOrganizationsController, ScimSettingsController],
  providers: [
    ScimTokenVerifier,
    ScimBearerStrategy,
    ScimAuthGuard,
    AdminJwtStrategy,
    AdminAuthGuard,
    AdminTokenIssuer,
    PlatformServiceGuard,
    CreateOrganizationHandler,
    RotateScimTokenHandler,
    RevokeScimTokenHandler,
    SetGroupProvisioningHandler,
    GetOrganizationHandler,
    GetScimSettingsHandler,
  ],
  exports: [ScimAuthGuard, AdminAuthGuard, AdminTokenIssuer, ScimBearerStrategy, AdminJwtStrategy, ScimTokenVerifier],
})
export class TenancyModule {}
