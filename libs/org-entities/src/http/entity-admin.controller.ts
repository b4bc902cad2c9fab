import { Body, Controller, Delete, Get, HttpCode, NotFoundException, Param, Patch, Post, Query, Type } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AdminErrorResponse, PageRequest, PageResponse } from '@app/platform';
import { GetUsersByIdsQuery } from '@app/scim-users';
import { AdminApi, AdminPrincipal, CurrentAdmin } from '@app/tenancy';
import { CreateEntityCommand } from '../commands/create-entity/create-entity.command';
import { DeleteEntityCommand } from '../commands/delete-entity/delete-entity.command';
import { AddEntityMemberCommand, RemoveEntityMemberCommand } from '../commands/manual-membership/manual-membership.commands';
import { RenameEntityCommand } from '../commands/rename-entity/rename-entity.command';
import type { EntityType, EntityView } from '../domain/entity-types';
import { ListEntityMembersQuery } from '../queries/entity-members/entity-members.query';
import { GetEntityQuery } from '../queries/get-entity/entity-queries';
import { ListEntitiesQuery } from '../queries/list-entities/list-entities.query';
import { EntityMemberRequest, EntityMemberResponse, EntityNameRequest, EntityResponse, ListEntitiesRequest } from './entity-admin.dto';

const Conflict = (description: string) => ApiConflictResponse({ type: AdminErrorResponse, description });

/** The same admin surface for each entity type, under its own path and OpenAPI tag. */
function entityAdminController(type: EntityType, path: string, tag: string): Type<unknown> {
  @Controller(`api/v1/${path}`)
  @AdminApi()
  @ApiTags(tag)
  @ApiNotFoundResponse({ description: 'Unknown here (ids of other organizations answer the same)', type: AdminErrorResponse })
  class EntityAdminController {
    constructor(
      readonly commands: CommandBus,
      readonly queries: QueryBus,
    ) {}

    @Get()
    @ApiOkResponse({ type: PageResponse(EntityResponse) })
    async list(@CurrentAdmin() admin: AdminPrincipal, @Query() query: ListEntitiesRequest) {
      const { items, total } = await this.queries.execute(new ListEntitiesQuery(admin.organizationId, type, query.search, query.page, query.pageSize));
      return { items, page: query.page, pageSize: query.pageSize, total };
    }

    @Post()
    @HttpCode(201)
    @ApiCreatedResponse({ type: EntityResponse })
    @Conflict('Another entity of this type has that name')
    async create(@CurrentAdmin() admin: AdminPrincipal, @Body() body: EntityNameRequest) {
      const created = await this.commands.execute(new CreateEntityCommand(admin.organizationId, type, body.name));
      return this.find(admin, created.id);
    }

    @Get(':id')
    @ApiOkResponse({ type: EntityResponse })
    get(@CurrentAdmin() admin: AdminPrincipal, @Param('id') id: string) {
      return this.find(admin, id);
    }

    @Patch(':id')
    @ApiOkResponse({ type: EntityResponse, description: 'Renames; mappings keep working (they hold ids)' })
    @Conflict('Another entity of this type has that name')
    async rename(@CurrentAdmin() admin: AdminPrincipal, @Param('id') id: string, @Body() body: EntityNameRequest) {
      await this.find(admin, id);
      await this.commands.execute(new RenameEntityCommand(admin.organizationId, id, body.name));
      return this.find(admin, id);
    }

    @Delete(':id')
    @HttpCode(204)
    @ApiNoContentResponse({ description: 'Deleted; its users fall back, mappings to it go back to Pending' })
    @Conflict("The organization's Default concurrency group cannot be deleted")
    async remove(@CurrentAdmin() admin: AdminPrincipal, @Param('id') id: string): Promise<void> {
      await this.find(admin, id);
      await this.commands.execute(new DeleteEntityCommand(admin.organizationId, id));
    }

    @Get(':id/members')
    @ApiOkResponse({ type: PageResponse(EntityMemberResponse) })
    async members(@CurrentAdmin() admin: AdminPrincipal, @Param('id') id: string, @Query() query: PageRequest) {
      await this.find(admin, id);
      const page = await this.queries.execute(new ListEntityMembersQuery(admin.organizationId, id, query.page, query.pageSize));
      const users = await this.queries.execute(new GetUsersByIdsQuery(admin.organizationId, page!.items.map((m) => m.userId)));
      const names = new Map(users.map((u) => [u.id, u.userName]));
      const items = page!.items.map((m) => ({ userId: m.userId, userName: names.get(m.userId) ?? null, source: m.source }));
      return { items, page: query.page, pageSize: query.pageSize, total: page!.total };
    }

    @Post(':id/members')
    @HttpCode(204)
    @ApiNoContentResponse({ description: 'Added by hand (for an exclusive type this replaces the user\'s other manual choice)' })
    async addMember(@CurrentAdmin() admin: AdminPrincipal, @Param('id') id: string, @Body() body: EntityMemberRequest): Promise<void> {
      await this.find(admin, id);
      await this.commands.execute(new AddEntityMemberCommand(admin.organizationId, id, body.userId));
    }

    @Delete(':id/members/:userId')
    @HttpCode(204)
    @ApiNoContentResponse({ description: 'Removed by hand; a SCIM-given team comes back with the next SCIM change for the user' })
    @Conflict('Nobody is removed from the Default concurrency group by hand, nor from an exclusive entity SCIM gave them')
    async removeMember(@CurrentAdmin() admin: AdminPrincipal, @Param('id') id: string, @Param('userId') userId: string): Promise<void> {
      await this.find(admin, id);
      await this.commands.execute(new RemoveEntityMemberCommand(admin.organizationId, id, userId));
    }

    async find(admin: AdminPrincipal, id: string): Promise<EntityView> {
      const entity = await this.queries.execute(new GetEntityQuery(admin.organizationId, id));
      if (!entity || entity.type !== type) throw new NotFoundException(`No ${type.replace('_', ' ')} ${id}`);
      return entity;
    }
  }
  Object.defineProperty(EntityAdminController, 'name', { value: `${tag.replace(/\W/g, '')}Controller` });
  return EntityAdminController;
}

export const TeamsController = entityAdminController('team', 'teams', 'Teams');
export const ConcurrencyGroupsController = entityAdminController('concurrency_group', 'concurrency-groups', 'Concurrency groups');
export const SubOrganizationsController = entityAdminController('sub_organization', 'sub-organizations', 'Sub-organizations');
