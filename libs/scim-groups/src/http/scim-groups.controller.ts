import { Body, Controller, Delete, Get, Headers, Param, Patch, Post, Put, Query, Res, UseGuards } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { FastifyReply } from 'fastify';
import { AppConfig } from '@app/platform';
import {
  expectedVersion,
  GROUP_RESOURCE_TYPE,
  isAttributeRequested,
  listResponse,
  normalizeResourceInput,
  parseListParams,
  parsePatchRequest,
  projectResource,
  ProjectionParams,
  ScimError,
  sendScim,
  sendScimResource,
  weakEtag,
} from '@app/scim-protocol';
import { CurrentScimPrincipal, ScimAuthGuard, ScimPrincipal } from '@app/tenancy';
import { CreateGroupCommand } from '../commands/create-group/create-group.command';
import { DeleteGroupCommand } from '../commands/delete-group/delete-group.command';
import { PatchGroupCommand } from '../commands/patch-group/patch-group.command';
import { ReplaceGroupCommand } from '../commands/replace-group/replace-group.command';
import { GetGroupQuery } from '../queries/get-group/get-group.query';
import { ListGroupsQuery } from '../queries/list-groups/list-groups.query';
import type { GroupRecord } from '../read-model/group-record';
import { toScimGroup } from './group-representation';

type QueryParams = Record<string, unknown>;

/** Translates SCIM HTTP to commands and queries; members are read only when the response shows them. */
@Controller('scim/v2/Groups')
@UseGuards(ScimAuthGuard)
export class ScimGroupsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly config: AppConfig,
  ) {}

  @Get()
  async list(@CurrentScimPrincipal() principal: ScimPrincipal, @Query() query: QueryParams, @Res() reply: FastifyReply): Promise<void> {
    const params = parseListParams(query, { maxCount: this.config.SCIM_MAX_RESULTS });
    // Lists carry members only when `attributes` names them: a page or a displayName look-up of
    // 100,000-member groups must not read and send every membership (RFC 7644 lets the server choose).
    const withMembers = params.attributes !== undefined && this.membersRequested(params);
    const page = await this.queries.execute(new ListGroupsQuery(principal.organizationId, params, withMembers));
    const resources = page.groups.map((group) => projectResource(toScimGroup(group, this.config.scimBaseUrl), GROUP_RESOURCE_TYPE, params));
    sendScim(reply, 200, listResponse(resources, { totalResults: page.totalResults, startIndex: params.startIndex, itemsPerPage: resources.length }));
  }

  @Get(':id')
  async get(@CurrentScimPrincipal() principal: ScimPrincipal, @Param('id') id: string, @Query() query: QueryParams, @Res() reply: FastifyReply): Promise<void> {
    const group = await this.queries.execute(new GetGroupQuery(principal.organizationId, id, this.membersRequested(query)));
    if (!group) throw ScimError.notFound(`Group ${id} not found`);
    this.send(reply, 200, group, query);
  }

  @Post()
  async create(@CurrentScimPrincipal() principal: ScimPrincipal, @Body() body: unknown, @Query() query: QueryParams, @Res() reply: FastifyReply): Promise<void> {
    const document = normalizeResourceInput(body, GROUP_RESOURCE_TYPE);
    const { group } = await this.commands.execute(new CreateGroupCommand(principal.organizationId, document));
    this.send(reply, 201, group, query, `${this.config.scimBaseUrl}/Groups/${group.id}`);
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
    const document = normalizeResourceInput(body, GROUP_RESOURCE_TYPE);
    const group = await this.commands.execute(new ReplaceGroupCommand(principal.organizationId, id, document, expectedVersion(ifMatch)));
    this.send(reply, 200, group, query);
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
    const operations = parsePatchRequest(body);
    const patched = await this.commands.execute(new PatchGroupCommand(principal.organizationId, id, operations, expectedVersion(ifMatch)));
    // 204 unless the client asked for attributes: a member change never reads or sends the membership back.
    if (query.attributes === undefined && query.excludedAttributes === undefined) {
      if (patched) void reply.header('ETag', weakEtag(patched.version));
      return void reply.status(204).send();
    }
    const withMembers = this.membersRequested(query);
    const group = withMembers || !patched ? await this.queries.execute(new GetGroupQuery(principal.organizationId, id, withMembers)) : patched;
    if (!group) throw ScimError.notFound(`Group ${id} not found`);
    this.send(reply, 200, group, query);
  }

  @Delete(':id')
  async remove(
    @CurrentScimPrincipal() principal: ScimPrincipal,
    @Param('id') id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await this.commands.execute(new DeleteGroupCommand(principal.organizationId, id, expectedVersion(ifMatch)));
    void reply.status(204).send();
  }

  private membersRequested(query: ProjectionParams): boolean {
    return isAttributeRequested('members', GROUP_RESOURCE_TYPE, query);
  }

  private send(reply: FastifyReply, status: number, group: GroupRecord, projection: ProjectionParams, location?: string): void {
    const resource = toScimGroup(group, this.config.scimBaseUrl);
    sendScimResource(reply, { status, resource, resourceType: GROUP_RESOURCE_TYPE, projection, version: group.version, location });
  }
}
