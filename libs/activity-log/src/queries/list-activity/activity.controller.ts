import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { AdminApi, AdminPrincipal, CurrentAdmin } from '@app/tenancy';
import { ListActivityQuery } from './list-activity.query';

export class ListActivityRequest {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1)
  page = 1;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200)
  pageSize = 50;

  @IsOptional() @IsIn(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'get', 'post', 'put', 'patch', 'delete'])
  method?: string;

  @IsOptional() @IsString()
  resourceType?: string;

  @IsOptional() @IsString()
  resourceId?: string;

  @IsOptional() @Type(() => Number) @IsInt() @Min(100) @Max(599)
  status?: number;

  @IsOptional() @IsIn(['success', 'failure'])
  outcome?: 'success' | 'failure';

  @IsOptional() @Type(() => Date) @IsDate()
  from?: Date;

  @IsOptional() @Type(() => Date) @IsDate()
  to?: Date;
}

@Controller('api/v1/scim/activity')
@AdminApi()
export class ActivityController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  list(@CurrentAdmin() admin: AdminPrincipal, @Query() query: ListActivityRequest) {
    const { page, pageSize, ...filter } = query;
    return this.queries.execute(new ListActivityQuery(admin.organizationId, filter, page, pageSize));
  }
}
