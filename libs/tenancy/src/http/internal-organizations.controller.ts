import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Res, UseGuards, UsePipes, ValidationPipe } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiParam, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AdminErrorResponse, AppConfig, PageRequest, PageResponse } from '@app/platform';
import { AdminTokenIssuer } from '../auth/admin-token.issuer';
import { PlatformServiceGuard } from '../auth/platform-service.guard';
import { CreateOrganizationCommand, OrganizationAlreadyExistsError } from '../commands/create-organization/create-organization.command';
import { DeleteOrganizationCommand } from '../commands/delete-organization/delete-organization.command';
import { RenameOrganizationCommand } from '../commands/rename-organization/rename-organization.command';
import { SetOrganizationEnabledCommand } from '../commands/set-organization-enabled/set-organization-enabled.command';
import { OrganizationNotFoundError } from '../organizations/require-organization';
import { GetOrganizationQuery, OrganizationView } from '../queries/get-organization/get-organization.query';
import { ListOrganizationsQuery } from '../queries/list-organizations/list-organizations.query';
import { CreatedOrganizationResponse, CreateOrganizationRequest, OrganizationResponse, RenameOrganizationRequest } from './internal-organizations.dto';

const ORGANIZATION_PARAM = { name: 'id', description: "Our organization id, or the platform's externalId" };

/** The platform's organization lifecycle (not for org admins): guarded by the platform service token. */
@Controller('internal/organizations')
@ApiTags('Platform')
@ApiBearerAuth('platform')
@UseGuards(PlatformServiceGuard)
@UsePipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }))
@ApiBadRequestResponse({ type: AdminErrorResponse, description: 'Validation failed (details lists the fields)' })
@ApiUnauthorizedResponse({ type: AdminErrorResponse, description: 'Missing or wrong platform service token (404 on every route when PLATFORM_SERVICE_TOKEN is not configured)' })
export class InternalOrganizationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly adminTokens: AdminTokenIssuer,
    private readonly config: AppConfig,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: CreatedOrganizationResponse, description: 'Created, with its SCIM token (shown once) and an admin token' })
  @ApiOkResponse({ type: OrganizationResponse, description: 'An organization with this externalId already exists: nothing was created' })
  async create(@Body() body: CreateOrganizationRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    try {
      const created = await this.commands.execute(new CreateOrganizationCommand(body.name, body.externalId));
      void reply.status(201);
      const organization = await this.require(created.organizationId);
      return { ...organization, scimToken: created.scimToken, adminToken: this.adminTokens.issue(created.organizationId) };
    } catch (error) {
      if (!(error instanceof OrganizationAlreadyExistsError)) throw error;
      void reply.status(200);
      return this.require(error.organizationId);
    }
  }

  @Get()
  @ApiOkResponse({ type: PageResponse(OrganizationResponse) })
  async list(@Query() page: PageRequest) {
    const result = await this.queries.execute(new ListOrganizationsQuery(page.page, page.pageSize));
    return { ...result, items: result.items.map((organization) => this.present(organization)) };
  }

  @Get(':id')
  @ApiParam(ORGANIZATION_PARAM)
  @ApiOkResponse({ type: OrganizationResponse })
  @ApiNotFoundResponse({ type: AdminErrorResponse })
  get(@Param('id') reference: string) {
    return this.require(reference);
  }

  @Patch(':id')
  @ApiParam(ORGANIZATION_PARAM)
  @ApiOkResponse({ type: OrganizationResponse, description: 'Renamed' })
  @ApiNotFoundResponse({ type: AdminErrorResponse })
  async rename(@Param('id') reference: string, @Body() body: RenameOrganizationRequest) {
    const { organizationId } = await this.require(reference);
    await this.commands.execute(new RenameOrganizationCommand(organizationId, body.name));
    return this.require(organizationId);
  }

  @Post(':id/disable')
  @HttpCode(200)
  @ApiParam(ORGANIZATION_PARAM)
  @ApiOkResponse({ type: OrganizationResponse, description: 'SCIM (403) and the admin API (403) refuse the organization from now on, on every instance; data is kept' })
  @ApiNotFoundResponse({ type: AdminErrorResponse })
  disable(@Param('id') reference: string) {
    return this.setEnabled(reference, false);
  }

  @Post(':id/enable')
  @HttpCode(200)
  @ApiParam(ORGANIZATION_PARAM)
  @ApiOkResponse({ type: OrganizationResponse })
  @ApiNotFoundResponse({ type: AdminErrorResponse })
  enable(@Param('id') reference: string) {
    return this.setEnabled(reference, true);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiParam(ORGANIZATION_PARAM)
  @ApiNoContentResponse({
    description: 'The organization and its credentials are gone at once; every module then removes its data of the organization (users, groups, entities, mappings, roles, activity log) through the OrganizationDeleted event',
  })
  @ApiNotFoundResponse({ type: AdminErrorResponse })
  async delete(@Param('id') reference: string): Promise<void> {
    const { organizationId } = await this.require(reference);
    await this.commands.execute(new DeleteOrganizationCommand(organizationId));
  }

  private async setEnabled(reference: string, enabled: boolean) {
    const { organizationId } = await this.require(reference);
    await this.commands.execute(new SetOrganizationEnabledCommand(organizationId, enabled));
    return this.require(organizationId);
  }

  private async require(reference: string): Promise<OrganizationResponse> {
    const organization = await this.queries.execute(new GetOrganizationQuery(reference));
    if (!organization) throw new OrganizationNotFoundError(`Organization ${reference} not found`);
    return this.present(organization);
  }

  private present(organization: OrganizationView): OrganizationResponse {
    return {
      organizationId: organization.id,
      externalId: organization.externalId,
      name: organization.name,
      status: organization.disabledAt ? 'disabled' : 'enabled',
      disabledAt: organization.disabledAt,
      groupProvisioningEnabled: organization.groupProvisioningEnabled,
      createdAt: organization.createdAt,
      scimBaseUrl: this.config.scimBaseUrl,
    };
  }
}
