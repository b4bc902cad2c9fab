import { Body, Controller, Delete, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AdminErrorResponse, PageRequest, PageResponse, pageOf } from '@app/platform';
import { MappingRuleResponse, PlannedMappingResponse, RulesAppliedResponse } from './mapping-responses';
import { ApplyRulesToExistingGroupsCommand } from '../commands/apply-rules-to-existing-groups/apply-rules-to-existing-groups.command';
import { PreviewRuleApplicationQuery } from '../queries/preview-rule-application/preview-rule-application.query';
import { AdminApi, AdminPrincipal, CurrentAdmin } from '@app/tenancy';
import { CreateMappingRuleCommand } from '../commands/create-mapping-rule/create-mapping-rule.command';
import { DeleteMappingRuleCommand } from '../commands/delete-mapping-rule/delete-mapping-rule.command';
import { ReorderMappingRulesCommand } from '../commands/reorder-mapping-rules/reorder-mapping-rules.command';
import { UpdateMappingRuleCommand } from '../commands/update-mapping-rule/update-mapping-rule.command';
import { GetMappingRuleQuery } from '../queries/get-mapping-rule/get-mapping-rule.query';
import { ListMappingRulesQuery } from '../queries/list-mapping-rules/list-mapping-rules.query';
import { CreateMappingRuleRequest, ReorderMappingRulesRequest, UpdateMappingRuleRequest } from './mapping-requests';

const Id = () => Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 }));
const RuleNotFound = () => ApiNotFoundResponse({ type: AdminErrorResponse, description: 'No such rule in this organization (code not_found)' });

@Controller('api/v1/scim/mapping-rules')
@AdminApi()
@ApiTags('Mapping rules')
export class MappingRulesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiOkResponse({ type: PageResponse(MappingRuleResponse), description: 'Highest priority first' })
  async list(@CurrentAdmin() admin: AdminPrincipal, @Query() query: PageRequest) {
    return pageOf(await this.queries.execute(new ListMappingRulesQuery(admin.organizationId)), query.page, query.pageSize);
  }

  @Post()
  @HttpCode(201)
  @ApiCreatedResponse({ type: MappingRuleResponse })
  create(@CurrentAdmin() admin: AdminPrincipal, @Body() body: CreateMappingRuleRequest) {
    return this.commands.execute(new CreateMappingRuleCommand(admin.organizationId, body));
  }

  /** Declared before `:id` routes so "reorder" is never read as an id. */
  @Post('reorder')
  @HttpCode(200)
  @ApiOkResponse({ type: [MappingRuleResponse], description: "Every rule in the new order; the rules' own priority values are kept and handed out again in that order" })
  reorder(@CurrentAdmin() admin: AdminPrincipal, @Body() body: ReorderMappingRulesRequest) {
    return this.commands.execute(new ReorderMappingRulesCommand(admin.organizationId, body.ids));
  }

  /** Step one of "apply rules to existing groups": changes nothing. */
  @Get('apply/preview')
  @ApiOkResponse({
    type: PageResponse(PlannedMappingResponse),
    description: 'The live groups without any mapping that a rule matches: which rule, which target (existing, to create, or none yet) and which status',
  })
  preview(@CurrentAdmin() admin: AdminPrincipal, @Query() query: PageRequest) {
    return this.queries.execute(new PreviewRuleApplicationQuery(admin.organizationId, query.page, query.pageSize));
  }

  /** Step two: what the preview showed, done (groups pushed before the rules existed get their mappings). */
  @Post('apply')
  @HttpCode(200)
  @ApiOkResponse({ type: RulesAppliedResponse, description: 'Rules evaluated for every live group without a mapping, as on a push; mappings admins made are never touched' })
  apply(@CurrentAdmin() admin: AdminPrincipal) {
    return this.commands.execute(new ApplyRulesToExistingGroupsCommand(admin.organizationId));
  }

  @Get(':id')
  @ApiOkResponse({ type: MappingRuleResponse })
  @RuleNotFound()
  async get(@CurrentAdmin() admin: AdminPrincipal, @Id() id: string) {
    const rule = await this.queries.execute(new GetMappingRuleQuery(admin.organizationId, id));
    if (!rule) throw new NotFoundException(`Mapping rule ${id} not found`);
    return rule;
  }

  @Patch(':id')
  @ApiOkResponse({ type: MappingRuleResponse })
  @RuleNotFound()
  update(@CurrentAdmin() admin: AdminPrincipal, @Id() id: string, @Body() body: UpdateMappingRuleRequest) {
    return this.commands.execute(new UpdateMappingRuleCommand(admin.organizationId, id, body));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  @RuleNotFound()
  async remove(@CurrentAdmin() admin: AdminPrincipal, @Id() id: string): Promise<void> {
    await this.commands.execute(new DeleteMappingRuleCommand(admin.organizationId, id));
  }
}
