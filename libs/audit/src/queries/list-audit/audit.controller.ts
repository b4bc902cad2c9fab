import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageRequest, PageResponse } from '@app/platform';
import { AdminApi, AdminPrincipal, CurrentAdmin } from '@app/tenancy';
import { ListAuditEntriesQuery } from './list-audit.query';

export class ListAuditRequest extends PageRequest {
  @ApiPropertyOptional({ example: 'mapping_rule', description: 'A whole kind (mapping_rule.updated) or its area (mapping_rule)' })
  @IsOptional() @IsString() @MaxLength(100)
  kind?: string;

  @ApiPropertyOptional({ description: "The admin token's subject; `system` for the service's own decisions" })
  @IsOptional() @IsString() @MaxLength(300)
  actor?: string;

  @ApiPropertyOptional({ type: String, format: 'date-time' })
  @IsOptional() @Type(() => Date) @IsDate()
  from?: Date;

  @ApiPropertyOptional({ type: String, format: 'date-time' })
  @IsOptional() @Type(() => Date) @IsDate()
  to?: Date;
}

export class AuditEntryResponse {
  @ApiProperty() id!: string;
  @ApiProperty({ type: String, format: 'date-time' }) occurredAt!: Date;
  @ApiProperty({ example: 'admin:7f3e…', description: "The admin token's subject, or `system`" }) actor!: string;
  @ApiProperty({
    example: 'mapping_rule.updated',
    description:
      'settings.updated, scim_token.regenerated, scim_token.revoked, mapping.created|approved|rejected|retargeted, mapping_rule.created|updated|deleted, ' +
      'mapping_rules.reordered, mapping_rules.applied, conflict.resolved, reconcile.ran, entity.created|renamed|deleted, entity_member.added|removed, ' +
      'user.invited, user.role_set, entity.rename_skipped (a mapped entity that could not follow its group\'s new name)',
  })
  kind!: string;
  @ApiProperty({ type: String, nullable: true, example: 'mapping_rule' }) targetType!: string | null;
  @ApiProperty({ type: String, nullable: true }) targetId!: string | null;
  @ApiProperty({ type: Object, nullable: true, description: 'The target before the action (mappings, rules, settings, token metadata)' }) before!: unknown;
  @ApiProperty({ type: Object, nullable: true, description: 'The target after the action; never a token' }) after!: unknown;
  @ApiProperty({ type: String, nullable: true }) requestId!: string | null;
}

@Controller('api/v1/audit')
@AdminApi()
@ApiTags('Audit log')
export class AuditController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({ type: PageResponse(AuditEntryResponse), description: "The organization's admin actions, newest first" })
  list(@CurrentAdmin() admin: AdminPrincipal, @Query() query: ListAuditRequest) {
    const { page, pageSize, ...filter } = query;
    return this.queries.execute(new ListAuditEntriesQuery(admin.organizationId, filter, page, pageSize));
  }
}
