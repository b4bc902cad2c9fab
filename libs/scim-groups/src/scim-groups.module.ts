import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { TenancyModule } from '@app/tenancy';
import { CreateGroupHandler } from './commands/create-group/create-group.handler';
import { DeleteGroupHandler } from './commands/delete-group/delete-group.handler';
import { PatchGroupHandler } from './commands/patch-group/patch-group.handler';
import { ReplaceGroupHandler } from './commands/replace-group/replace-group.handler';
import { MemberDirectory } from './domain/member-directory';
import { ProvisioningGate } from './domain/provisioning-gate';
import { ScimGroup } from './domain/scim-group.entity';
import { ScimGroupsController } from './http/scim-groups.controller';
import { GetGroupHandler } from './queries/get-group/get-group.handler';
import { GetGroupMemberIdsHandler } from './queries/get-group-member-ids/get-group-member-ids.handler';
import { GetGroupNamesHandler } from './queries/get-group-names/get-group-names.handler';
import { GetGroupRolesForUsersHandler } from './queries/get-group-roles-for-users/get-group-roles-for-users.handler';
import { GetLiveGroupIdsForUsersHandler } from './queries/get-live-group-ids-for-users/get-live-group-ids-for-users.handler';
import { GetUserGroupsHandler } from './queries/get-user-groups/get-user-groups.handler';
import { ListGroupMembersHandler } from './queries/list-group-members/list-group-members.handler';
import { ListGroupsHandler } from './queries/list-groups/list-groups.handler';
import { SearchGroupsHandler } from './queries/search-groups/search-groups.handler';
import { ReleaseMembershipsOnUserMovedHandler } from './reactions/release-memberships-on-user-moved.handler';
import { GroupMemberReader } from './read-model/group-reader';
import { DeleteOrganizationGroupsHandler } from './reactions/organization-deleted.handler';

/** The groups IdPs push, with their members and LambdatestRoles: SCIM /Groups. */
@Module({
  imports: [TenancyModule, MikroOrmModule.forFeature([ScimGroup])],
  controllers: [ScimGroupsController],
  providers: [
    DeleteOrganizationGroupsHandler,
    ProvisioningGate,
    MemberDirectory,
    GroupMemberReader,
    CreateGroupHandler,
    ReplaceGroupHandler,
    PatchGroupHandler,
    DeleteGroupHandler,
    GetGroupHandler,
    ListGroupsHandler,
    GetGroupMemberIdsHandler,
    GetGroupRolesForUsersHandler,
    GetUserGroupsHandler,
    GetLiveGroupIdsForUsersHandler,
    SearchGroupsHandler,
    ListGroupMembersHandler,
    GetGroupNamesHandler,
    ReleaseMembershipsOnUserMovedHandler,
  ],
})
export class ScimGroupsModule {}
