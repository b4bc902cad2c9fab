import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageRequest } from '@app/platform';

export class EntityNameRequest {
  @ApiProperty({ example: 'Night shift', maxLength: 200 })
  @IsString() @IsNotEmpty() @Matches(/\S/, { message: 'name must not be blank' }) @MaxLength(200)
  name!: string;
}

export class ListEntitiesRequest extends PageRequest {
  @ApiPropertyOptional({ description: 'Case-insensitive substring of the name' })
  @IsOptional() @IsString() @MaxLength(200)
  search?: string;
}

export class EntityMemberRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  userId!: string;
}

export class EntityResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['team', 'concurrency_group', 'sub_organization'] }) type!: string;
  @ApiProperty({ example: 'Night shift' }) name!: string;
  @ApiProperty({ description: 'The organization\'s default concurrency group (cannot be deleted)' }) isDefault!: boolean;
  @ApiProperty({ example: 12 }) memberCount!: number;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt!: Date;
}

export class EntityMemberResponse {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ type: String, nullable: true, example: 'jane@acme.com' }) userName!: string | null;
  @ApiProperty({ enum: ['scim', 'user_attribute', 'manual', 'default'], description: 'Why the user is here' }) source!: string;
}
