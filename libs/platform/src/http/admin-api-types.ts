import { Type as ClassType } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** The admin API's one error body (see apps/api/src/http/admin-error.ts). */
export class AdminErrorResponse {
  @ApiProperty({ example: 404 })
  statusCode!: number;

  @ApiProperty({ example: 'Not Found' })
  error!: string;

  @ApiProperty({ example: 'Team 3f1c… not found' })
  message!: string;

  @ApiPropertyOptional({ example: 'not_found', description: 'Stable machine-readable code: not_found, conflict, invalid_input, validation_failed, forbidden, …' })
  code?: string;

  @ApiPropertyOptional({ type: [String], example: ['name must be a string'], description: 'Field errors when code is validation_failed' })
  details?: string[];
}

/** `?page=&pageSize=` on every admin list: one paging style everywhere. */
export class PageRequest {
  /** Far past any real list; keeps the row offset a number PostgreSQL accepts. */
  @ApiPropertyOptional({ minimum: 1, maximum: 1_000_000, default: 1 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(1_000_000)
  page: number = 1;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200)
  pageSize: number = 50;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

/** One page of a list already held in memory (short lists: a group's mappings, the rules). */
export function pageOf<T>(items: readonly T[], page: number, pageSize: number): Page<T> {
  return { items: items.slice((page - 1) * pageSize, page * pageSize), page, pageSize, total: items.length };
}

const pageClasses = new Map<ClassType<unknown>, ClassType<Page<unknown>>>();

/** A named OpenAPI schema `<Item>Page` for `{items, page, pageSize, total}`. */
export function PageResponse<T>(item: ClassType<T>): ClassType<Page<T>> {
  const existing = pageClasses.get(item);
  if (existing) return existing as ClassType<Page<T>>;
  class PageOfItems implements Page<T> {
    @ApiProperty({ type: [item] })
    items!: T[];

    @ApiProperty({ example: 1 })
    page!: number;

    @ApiProperty({ example: 50 })
    pageSize!: number;

    @ApiProperty({ example: 1, description: 'Items matching, over all pages' })
    total!: number;
  }
  Object.defineProperty(PageOfItems, 'name', { value: `${item.name.replace(/Response$/, '')}Page` });
  pageClasses.set(item, PageOfItems);
  return PageOfItems;
}
