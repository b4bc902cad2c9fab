import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { TenancyModule } from '@app/tenancy';
import { ApplyScimAssignmentsHandler } from './commands/apply-scim-assignments/apply-scim-assignments.handler';
import { CreateEntityHandler } from './commands/create-entity/create-entity.handler';
import { DeleteEntityHandler } from './commands/delete-entity/delete-entity.handler';
import { AddEntityMemberHandler, RemoveEntityMemberHandler } from './commands/manual-membership/manual-membership.handlers';
import { ReconcileUserAttributesHandler } from './commands/reconcile-user-attributes/reconcile-user-attributes.handler';
import { RenameEntityHandler } from './commands/rename-entity/rename-entity.handler';
import { OrgEntity } from './domain/org-entity.entity';
import { ConcurrencyGroupsController, SubOrganizationsController, TeamsController } from './http/entity-admin.controller';
import { ListEntityMembersHandler } from './queries/entity-members/entity-members.handler';
import { FindEntityByNameHandler, GetEntityHandler, ListScimAssignedUserIdsHandler } from './queries/get-entity/entity-queries.handlers';
import { GetEntityNamesHandler } from './queries/get-entity-names/get-entity-names.handler';
import { ListEntitiesHandler } from './queries/list-entities/list-entities.handler';
import { GetUserAssignmentsHandler } from './queries/user-assignments/user-assignments.handler';
import { CreateDefaultConcurrencyGroupHandler } from './reactions/default-concurrency-group.handler';
import { ReleaseAssignmentsOnUserMovedHandler } from './reactions/release-assignments-on-user-moved.handler';
import { UserAttributeHandler } from './reactions/user-attribute.handler';
import { DeleteOrganizationEntitiesHandler } from './reactions/organization-deleted.handler';

/** Teams, Concurrency Groups, Sub-Organizations and who is assigned to them, and why. */
@Module({
  imports: [TenancyModule, MikroOrmModule.forFeature([OrgEntity])],
  controllers: [TeamsController, ConcurrencyGroupsController, SubOrganizationsController],
  providers: [
    DeleteOrganizationEntitiesHandler,
    CreateEntityHandler,
    RenameEntityHandler,
    DeleteEntityHandler,
    AddEntityMemberHandler,
    RemoveEntityMemberHandler,
    ApplyScimAssignmentsHandler,
    ReconcileUserAttributesHandler,
    GetEntityHandler,
    FindEntityByNameHandler,
    ListScimAssignedUserIdsHandler,
    ListEntitiesHandler,
    ListEntityMembersHandler,
    GetUserAssignmentsHandler,
    GetEntityNamesHandler,
    CreateDefaultConcurrencyGroupHandler,
    UserAttributeHandler,
    ReleaseAssignmentsOnUserMovedHandler,
  ],
})
export class OrgEntitiesModule {}
