import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { PageRequest, PageResponse } from '@app/platform';
import { AdminApi, AdminPrincipal, CurrentAdmin } from '@app/tenancy';
import { ActivityResponse } from './activity.response';
import { ListActivityQuery } from './list-activity.query';

export class ListActivityRequest extends PageRequest {
  @ApiPropertyOptional({ enum: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] })
  @IsOptional() @IsIn(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'get', 'post', 'put', 'patch', 'delete'])
  method?: string;

  @ApiPropertyOptional({ example: 'Users', description: 'Users, Groups, ServiceProviderConfig, …' })
  @IsOptional() @IsString()
  resourceType?: string;

  @ApiPropertyOptional({})
  @IsOptional() @IsString()
  resourceId?: string;

  @ApiPropertyOptional({ example: 'jane@acme.com', description: 'userName, displayName or resource id (case-insensitive)' })
  @IsOptional() @IsString()
  target?: string;

  @ApiPropertyOptional({ example: 409 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(100) @Max(599)
  status?: number;

  @ApiPropertyOptional({ enum: ['success', 'failure'], description: 'failure = status ≥ 400' })
  @IsOptional() @IsIn(['success', 'failure'])
  outcome?: 'success' | 'failure';

  @ApiPropertyOptional({ type: String, format: 'date-time' })
  @IsOptional() @Type(() => Date) @IsDate()
  from?: Date;

  @ApiPropertyOptional({ type: String, format: 'date-time' })
  @IsOptional() @Type(() => Date) @IsDate()
  to?: Date;
}

@Controller('api/v1/scim/activity')
@AdminApi()
@ApiTags('Activity log')
export class ActivityController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOkResponse({ type: PageResponse(ActivityResponse), description: 'The organization\'s SCIM requests, newest first' })
  list(@CurrentAdmin() admin: AdminPrincipal, @Query() query: ListActivityRequest) {
    const { page, pageSize, ...filter } = query;
    return this.queries.execute(new ListActivityQuery(admin.organizationId, filter, page, pageSize));
  }
}
