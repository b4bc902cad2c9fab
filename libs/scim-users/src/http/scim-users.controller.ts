import { Body, Controller, Delete, Get, Headers, Param, Patch, Post, Put, Query, Res, UseGuards } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { FastifyReply } from 'fastify';
import { AppConfig } from '@app/platform';
import {
  expectedVersion,
  listResponse,
  normalizeResourceInput,
  parseListParams,
  parsePatchRequest,
  projectResource,
  ProjectionParams,
  ScimError,
  scimRequestLimits,
  ScimRequestLimits,
  sendScim,
  sendScimResource,
  USER_RESOURCE_TYPE,
} from '@app/scim-protocol';
import { CurrentScimPrincipal, ScimAuthGuard, ScimPrincipal } from '@app/tenancy';
import { DeactivateUserCommand } from '../commands/deactivate-user/deactivate-user.command';
import { PatchUserCommand } from '../commands/patch-user/patch-user.command';
import { ProvisionUserCommand } from '../commands/provision-user/provision-user.command';
import { ReplaceUserCommand } from '../commands/replace-user/replace-user.command';
import { GetUserQuery } from '../queries/get-scim-user/get-scim-user.query';
import { ListUsersQuery } from '../queries/list-scim-users/list-users.query';
import type { UserRecord } from '../read-model/user-record';
import { toScimUser } from './user-representation';

type QueryParams = Record<string, unknown>;

/** Translates SCIM HTTP to commands and queries; no rule of the domain lives here. */
@Controller('scim/v2/Users')
@UseGuards(ScimAuthGuard)
export class ScimUsersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly config: AppConfig,
  ) {}

  private get limits(): ScimRequestLimits {
    return scimRequestLimits(this.config);
  }

  @Get()
  async list(@CurrentScimPrincipal() principal: ScimPrincipal, @Query() query: QueryParams, @Res() reply: FastifyReply): Promise<void> {
    const params = parseListParams(query, { maxCount: this.config.SCIM_MAX_RESULTS });
    const page = await this.queries.execute(new ListUsersQuery(principal.organizationId, params));
    const resources = page.users.map((user) => projectResource(toScimUser(user, this.config.scimBaseUrl), USER_RESOURCE_TYPE, params));
    sendScim(reply, 200, listResponse(resources, { totalResults: page.totalResults, startIndex: params.startIndex, itemsPerPage: resources.length }));
  }

  @Get(':id')
  async get(@CurrentScimPrincipal() principal: ScimPrincipal, @Param('id') id: string, @Query() query: QueryParams, @Res() reply: FastifyReply): Promise<void> {
    const user = await this.queries.execute(new GetUserQuery(principal.organizationId, id));
    if (!user) throw ScimError.notFound(`User ${id} not found`);
    this.send(reply, 200, user, query);
  }

  @Post()
  async create(@CurrentScimPrincipal() principal: ScimPrincipal, @Body() body: unknown, @Query() query: QueryParams, @Res() reply: FastifyReply): Promise<void> {
    const document = normalizeResourceInput(body, USER_RESOURCE_TYPE, this.limits);
    const { user } = await this.commands.execute(new ProvisionUserCommand(principal.organizationId, document));
    this.send(reply, 201, user, query, `${this.config.scimBaseUrl}/Users/${user.id}`);
  }

  @Put(':id')
  async replace(
    @CurrentScimPrincipal() principal: ScimPrincipal,
    @Param('id') id: string,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @Query() query: QueryParams,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const document = normalizeResourceInput(body, USER_RESOURCE_TYPE, this.limits);
    const user = await this.commands.execute(new ReplaceUserCommand(principal.organizationId, id, document, expectedVersion(ifMatch)));
    this.send(reply, 200, user, query);
  }

  @Patch(':id')
  async patch(
    @CurrentScimPrincipal() principal: ScimPrincipal,
    @Param('id') id: string,
    @Body() body: unknown,
    @Headers('if-match') ifMatch: string | undefined,
    @Query() query: QueryParams,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const operations = parsePatchRequest(body, this.limits);
    const user = await this.commands.execute(new PatchUserCommand(principal.organizationId, id, operations, expectedVersion(ifMatch)));
    this.send(reply, 200, user, query);
  }

  @Delete(':id')
  async remove(
    @CurrentScimPrincipal() principal: ScimPrincipal,
    @Param('id') id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.commands.execute(new DeactivateUserCommand(principal.organizationId, id, expectedVersion(ifMatch)));
    void reply.status(204).send();
  }

  private send(reply: FastifyReply, status: number, user: UserRecord, projection: ProjectionParams, location?: string): void {
    const resource = toScimUser(user, this.config.scimBaseUrl);
    sendScimResource(reply, { status, resource, resourceType: USER_RESOURCE_TYPE, projection, version: user.version, location });
  }
}
