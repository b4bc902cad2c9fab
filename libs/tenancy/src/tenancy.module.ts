import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { AdminAuthGuard } from './auth/admin-auth.guard';
import { AdminJwtStrategy } from './auth/admin-jwt.strategy';
import { AdminTokenIssuer } from './auth/admin-token.issuer';
import { AdminTokenVerifier } from './auth/admin-token.verifier';
import { DiscoveryCredentialGuard } from './auth/discovery-credential.guard';
import { PlatformServiceGuard } from './auth/platform-service.guard';
import { ScimAuthGuard } from './auth/scim-auth.guard';
import { ScimBearerStrategy } from './auth/scim-bearer.strategy';
import { ScimTokenVerifier } from './auth/scim-token.verifier';
import { ScimTokenChangesListener } from './auth/token-cache/scim-token-changes.listener';
import { VerifiedTokenCache } from './auth/token-cache/verified-token-cache';
import { CreateOrganizationHandler } from './commands/create-organization/create-organization.handler';
import { DeleteOrganizationHandler } from './commands/delete-organization/delete-organization.handler';
import { RenameOrganizationHandler } from './commands/rename-organization/rename-organization.handler';
import { RevokeScimTokenHandler } from './commands/revoke-scim-token/revoke-scim-token.handler';
import { RotateScimTokenHandler } from './commands/rotate-scim-token/rotate-scim-token.handler';
import { SetGroupProvisioningHandler } from './commands/set-group-provisioning/set-group-provisioning.handler';
import { SetOrganizationEnabledHandler } from './commands/set-organization-enabled/set-organization-enabled.handler';
import { InternalOrganizationsController } from './http/internal-organizations.controller';
import { ScimSettingsController } from './http/scim-settings.controller';
import { OrganizationDirectory } from './organizations/organization-directory';
import { Organization } from './organizations/organization.entity';
import { GetOrganizationHandler } from './queries/get-organization/get-organization.handler';
import { GetScimSettingsHandler } from './queries/get-scim-settings/get-scim-settings.handler';
import { ListOrganizationsHandler } from './queries/list-organizations/list-organizations.handler';
import { ListScimTokensHandler } from './queries/list-scim-tokens/list-scim-tokens.handler';
import { ScimToken } from './tokens/scim-token.entity';

/** Organizations, their SCIM tokens and the guards that turn credentials into an organization id. */
@Module({
  imports: [PassportModule, MikroOrmModule.forFeature([Organization, ScimToken])],
  controllers: [InternalOrganizationsController, ScimSettingsController],
  providers: [
    VerifiedTokenCache,
    ScimTokenChangesListener,
    ScimTokenVerifier,
    ScimBearerStrategy,
    ScimAuthGuard,
    { provide: APP_GUARD, useClass: DiscoveryCredentialGuard },
    OrganizationDirectory,
    AdminTokenVerifier,
    AdminJwtStrategy,
    AdminAuthGuard,
    AdminTokenIssuer,
    PlatformServiceGuard,
    CreateOrganizationHandler,
    RenameOrganizationHandler,
    SetOrganizationEnabledHandler,
    DeleteOrganizationHandler,
    RotateScimTokenHandler,
    RevokeScimTokenHandler,
    SetGroupProvisioningHandler,
    GetOrganizationHandler,
    ListOrganizationsHandler,
    GetScimSettingsHandler,
    ListScimTokensHandler,
  ],
  exports: [ScimAuthGuard, AdminAuthGuard, AdminTokenIssuer, ScimTokenVerifier],
})
export class TenancyModule {}
