import { Controller, Delete, Get, Patch, Post, Put, Query, Res, UseGuards } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { FastifyReply } from 'fastify';
import { AppConfig } from '@app/platform';
import { parseListParams, ScimRequest, ScimResourceEndpoint, ScimResourceRequest, scimRequestLimits, USER_RESOURCE_TYPE } from '@app/scim-protocol';
import { CurrentScimPrincipal, ScimAuthGuard, ScimPrincipal } from '@app/tenancy';
import { DeactivateUserCommand } from '../commands/deactivate-user/deactivate-user.command';
import { PatchUserCommand } from '../commands/patch-user/patch-user.command';
import { ProvisionUserCommand } from '../commands/provision-user/provision-user.command';
import { ReplaceUserCommand } from '../commands/replace-user/replace-user.command';
import { GetUserQuery } from '../queries/get-scim-user/get-scim-user.query';
import { ListUsersQuery } from '../queries/list-scim-users/list-users.query';
import type { UserRecord } from '../read-model/user-record';
import { toScimUser } from './user-representation';

/** Translates SCIM HTTP to commands and queries; no rule of the domain lives here. */
@Controller('scim/v2/Users')
@UseGuards(ScimAuthGuard)
export class ScimUsersController {
  private readonly endpoint: ScimResourceEndpoint<UserRecord>;

  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly config: AppConfig,
  ) {
    this.endpoint = new ScimResourceEndpoint({ resourceType: USER_RESOURCE_TYPE, represent: toScimUser }, config.scimBaseUrl, scimRequestLimits(config));
  }

  @Get()
  async list(@CurrentScimPrincipal() principal: ScimPrincipal, @Query() query: Record<string, unknown>, @Res() reply: FastifyReply): Promise<void> {
    const params = parseListParams(query, { maxCount: this.config.SCIM_MAX_RESULTS });
    const page = await this.queries.execute(new ListUsersQuery(principal.organizationId, params));
    this.endpoint.sendList(reply, page.users, page.totalResults, params);
  }

  @Get(':id')
  get(@CurrentScimPrincipal() { organizationId }: ScimPrincipal, @ScimRequest() request: ScimResourceRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.endpoint.get(reply, request, () => this.queries.execute(new GetUserQuery(organizationId, request.id)));
  }

  @Post()
  create(@CurrentScimPrincipal() { organizationId }: ScimPrincipal, @ScimRequest() request: ScimResourceRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.endpoint.create(reply, request, async (document) => (await this.commands.execute(new ProvisionUserCommand(organizationId, document))).user);
  }

  @Put(':id')
  replace(@CurrentScimPrincipal() { organizationId }: ScimPrincipal, @ScimRequest() request: ScimResourceRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.endpoint.replace(reply, request, (document, version) => this.commands.execute(new ReplaceUserCommand(organizationId, request.id, document, version)));
  }

  @Patch(':id')
  patch(@CurrentScimPrincipal() { organizationId }: ScimPrincipal, @ScimRequest() request: ScimResourceRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.endpoint.patch(reply, request, (operations, version) => this.commands.execute(new PatchUserCommand(organizationId, request.id, operations, version)));
  }

  @Delete(':id')
  remove(@CurrentScimPrincipal() { organizationId }: ScimPrincipal, @ScimRequest() request: ScimResourceRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.endpoint.delete(reply, request, (version) => this.commands.execute(new DeactivateUserCommand(organizationId, request.id, version)));
  }
}
