import { Controller, Delete, Get, Patch, Post, Put, Query, Res, UseGuards } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { FastifyReply } from 'fastify';
import { AppConfig } from '@app/platform';
import {
  GROUP_RESOURCE_TYPE,
  isAttributeRequested,
  parseListParams,
  ProjectionParams,
  ScimError,
  ScimRequest,
  ScimResourceEndpoint,
  ScimResourceRequest,
  scimRequestLimits,
} from '@app/scim-protocol';
import type { PatchOperation } from '@app/scim-protocol';
import { CurrentScimPrincipal, ScimAuthGuard, ScimPrincipal } from '@app/tenancy';
import { CreateGroupCommand } from '../commands/create-group/create-group.command';
import { DeleteGroupCommand } from '../commands/delete-group/delete-group.command';
import { PatchGroupCommand } from '../commands/patch-group/patch-group.command';
import { ReplaceGroupCommand } from '../commands/replace-group/replace-group.command';
import { GetGroupQuery } from '../queries/get-group/get-group.query';
import { ListGroupsQuery } from '../queries/list-groups/list-groups.query';
import type { GroupRecord } from '../read-model/group-record';
import { toScimGroup } from './group-representation';

/** Translates SCIM HTTP to commands and queries; members are read only when the response shows them. */
@Controller('scim/v2/Groups')
@UseGuards(ScimAuthGuard)
export class ScimGroupsController {
  private readonly endpoint: ScimResourceEndpoint<GroupRecord>;

  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly config: AppConfig,
  ) {
    this.endpoint = new ScimResourceEndpoint({ resourceType: GROUP_RESOURCE_TYPE, represent: toScimGroup }, config.scimBaseUrl, scimRequestLimits(config));
  }

  @Get()
  async list(@CurrentScimPrincipal() principal: ScimPrincipal, @Query() query: Record<string, unknown>, @Res() reply: FastifyReply): Promise<void> {
    const params = parseListParams(query, { maxCount: this.config.SCIM_MAX_RESULTS });
    // Lists carry members only when `attributes` names them: a page or a displayName look-up of
    // 100,000-member groups must not read and send every membership (RFC 7644 lets the server choose).
    const withMembers = params.attributes !== undefined && this.membersRequested(params);
    const page = await this.queries.execute(new ListGroupsQuery(principal.organizationId, params, withMembers));
    this.endpoint.sendList(reply, page.groups, page.totalResults, params);
  }

  @Get(':id')
  get(@CurrentScimPrincipal() { organizationId }: ScimPrincipal, @ScimRequest() request: ScimResourceRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.endpoint.get(reply, request, () => this.queries.execute(new GetGroupQuery(organizationId, request.id, this.membersRequested(request.query))));
  }

  @Post()
  create(@CurrentScimPrincipal() { organizationId }: ScimPrincipal, @ScimRequest() request: ScimResourceRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.endpoint.create(reply, request, async (document) => (await this.commands.execute(new CreateGroupCommand(organizationId, document))).group);
  }

  @Put(':id')
  replace(@CurrentScimPrincipal() { organizationId }: ScimPrincipal, @ScimRequest() request: ScimResourceRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.endpoint.replace(reply, request, (document, version) => this.commands.execute(new ReplaceGroupCommand(organizationId, request.id, document, version)));
  }

  @Patch(':id')
  patch(@CurrentScimPrincipal() { organizationId }: ScimPrincipal, @ScimRequest() request: ScimResourceRequest, @Res() reply: FastifyReply): Promise<void> {
    const run = (operations: PatchOperation[], version: number | undefined) => this.commands.execute(new PatchGroupCommand(organizationId, request.id, operations, version));
    // 204 unless the client asked for attributes: a member change never reads or sends the membership back.
    if (request.query.attributes === undefined && request.query.excludedAttributes === undefined) return this.endpoint.patchWithoutContent(reply, request, run);
    return this.endpoint.patch(reply, request, async (operations, version) => {
      const patched = await run(operations, version);
      const withMembers = this.membersRequested(request.query);
      const group = withMembers || !patched ? await this.queries.execute(new GetGroupQuery(organizationId, request.id, withMembers)) : patched;
      if (!group) throw ScimError.notFound(`Group ${request.id} not found`);
      return group;
    });
  }

  @Delete(':id')
  remove(@CurrentScimPrincipal() { organizationId }: ScimPrincipal, @ScimRequest() request: ScimResourceRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.endpoint.delete(reply, request, (version) => this.commands.execute(new DeleteGroupCommand(organizationId, request.id, version)));
  }

  private membersRequested(query: ProjectionParams): boolean {
    return isAttributeRequested('members', GROUP_RESOURCE_TYPE, query);
  }
}
