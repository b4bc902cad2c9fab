import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { TenancyModule } from '@app/tenancy';
import { AcceptCrossOrgInvitationHandler } from './commands/accept-cross-org-invitation/accept-cross-org-invitation.handler';
import { InternalInvitationsController } from './commands/accept-cross-org-invitation/internal-invitations.controller';
import { DeactivateUserHandler } from './commands/deactivate-user/deactivate-user.handler';
import { InviteUserHandler } from './commands/invite-user/invite-user.handler';
import { PatchUserHandler } from './commands/patch-user/patch-user.handler';
import { ProvisionUserHandler } from './commands/provision-user/provision-user.handler';
import { ReplaceUserHandler } from './commands/replace-user/replace-user.handler';
import { LambdatestGroupValidator } from './domain/concurrency-group-names.port';
import { UserAccount } from './domain/user-account.entity';
import { UserWriter } from './domain/user-writer';
import { ScimUsersController } from './http/scim-users.controller';
import { GetUserHandler } from './queries/get-scim-user/get-scim-user.handler';
import { GetUsersByIdsHandler } from './queries/get-users-by-ids/get-users-by-ids.handler';
import { ListUserDerivationInputsHandler } from './queries/list-user-derivation-inputs/list-user-derivation-inputs.handler';
import { ListUsersHandler } from './queries/list-scim-users/list-users.handler';
import { SearchUsersHandler } from './queries/search-users/search-users.handler';
import { DeleteOrganizationUsersHandler } from './reactions/organization-deleted.handler';

/** The organization's user accounts: SCIM /Users and the admin's invitations. */
@Module({
  imports: [TenancyModule, MikroOrmModule.forFeature([UserAccount])],
  controllers: [ScimUsersController, InternalInvitationsController],
  providers: [
    DeleteOrganizationUsersHandler,
    LambdatestGroupValidator,
    UserWriter,
    ProvisionUserHandler,
    ReplaceUserHandler,
    PatchUserHandler,
    DeactivateUserHandler,
    InviteUserHandler,
    AcceptCrossOrgInvitationHandler,
    GetUserHandler,
    ListUsersHandler,
    GetUsersByIdsHandler,
    SearchUsersHandler,
    ListUserDerivationInputsHandler,
  ],
})
export class ScimUsersModule {}
