import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsInt, IsOptional, IsString, Max, MaxDate, MaxLength, Min, MinDate } from 'class-validator';
import { PageRequest, PageResponse } from '@app/platform';
import { AdminApi, AdminPrincipal, CurrentAdmin } from '@app/tenancy';
import { ActivityResponse } from './activity.response';
import { ListActivityQuery } from '../queries/list-activity/list-activity.query';

/** Dates JavaScript accepts but PostgreSQL cannot store (year 275760, or before 4713 BC) are 400s. */
const EARLIEST = new Date('0001-01-01T00:00:00Z');
const LATEST = new Date('9999-12-31T23:59:59Z');

export class ListActivityRequest extends PageRequest {
  @ApiPropertyOptional({ enum: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] })
  @IsOptional() @IsIn(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'get', 'post', 'put', 'patch', 'delete'])
  method?: string;

  @ApiPropertyOptional({ example: 'Users', description: 'Users, Groups, ServiceProviderConfig, …' })
  @IsOptional() @IsString() @MaxLength(200)
  resourceType?: string;

  @ApiPropertyOptional({})
  @IsOptional() @IsString() @MaxLength(200)
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
  @IsOptional() @Type(() => Date) @IsDate() @MinDate(EARLIEST) @MaxDate(LATEST)
  from?: Date;

  @ApiPropertyOptional({ type: String, format: 'date-time' })
  @IsOptional() @Type(() => Date) @IsDate() @MinDate(EARLIEST) @MaxDate(LATEST)
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
