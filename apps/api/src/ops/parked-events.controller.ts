import { Body, Controller, Get, HttpCode, Post, Query, UseGuards, UsePipes, ValidationPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsBoolean, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { InvalidInputError, ParkedEvents } from '@app/platform';
import { PlatformServiceGuard } from '@app/tenancy';

export class ParkedEventsQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 1000, default: 100 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1000)
  limit?: number;
}

export class RedriveRequest {
  @ApiPropertyOptional({ type: [String], example: ['1042'], description: 'Ids of parked events (as listed)' })
  @IsOptional() @ArrayNotEmpty() @ArrayMaxSize(1000) @Matches(/^\d{1,18}$/, { each: true, message: 'each id must be a parked event id' })
  ids?: string[];

  @ApiPropertyOptional({ description: 'Re-drive every parked event' })
  @IsOptional() @IsBoolean()
  all?: boolean;
}

class ParkedEventResponse {
  @ApiProperty({ example: '1042' }) id!: string;
  @ApiProperty({ format: 'uuid' }) eventId!: string;
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty({ example: 'scim-groups.group-members-added.v1' }) type!: string;
  @ApiProperty({ example: 'group' }) aggregateType!: string;
  @ApiProperty() aggregateId!: string;
  @ApiProperty({ example: 12 }) attempts!: number;
  @ApiProperty({ type: String, nullable: true }) lastError!: string | null;
  @ApiProperty({ type: [String], description: 'Handlers that already succeeded; a re-drive does not call them again' }) handledBy!: string[];
  @ApiProperty({ type: String, format: 'date-time' }) occurredAt!: Date;
  @ApiProperty({ type: String, format: 'date-time' }) parkedAt!: Date;
}

class ParkedEventsResponse {
  @ApiProperty({ example: 1 }) total!: number;
  @ApiProperty({ type: [ParkedEventResponse] }) items!: ParkedEventResponse[];
}

class RedriveResponse {
  @ApiProperty({ example: 1 }) redriven!: number;
}

/** Operator endpoints for outbox events the relay gave up on: guarded by the platform service token. */
@Controller('internal/outbox')
@ApiTags('Platform')
@ApiBearerAuth('platform')
@UseGuards(PlatformServiceGuard)
@UsePipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }))
export class ParkedEventsController {
  constructor(private readonly parked: ParkedEvents) {}

  @Get('parked')
  @ApiOkResponse({ type: ParkedEventsResponse })
  async list(@Query() query: ParkedEventsQuery): Promise<ParkedEventsResponse> {
    return { total: await this.parked.count(), items: await this.parked.list(query.limit) };
  }

  @Post('redrive')
  @HttpCode(200)
  @ApiOkResponse({ type: RedriveResponse, description: 'Give either ids or all: true' })
  async redrive(@Body() body: RedriveRequest): Promise<RedriveResponse> {
    if (Boolean(body.ids) === Boolean(body.all)) throw new InvalidInputError('Give either ids or all: true');
    return { redriven: await this.parked.redrive(body.all ? undefined : body.ids) };
  }
}
