import { Body, Controller, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { IsEmail, IsOptional, IsString, MaxLength } from 'class-validator';
import { AdminApi, AdminPrincipal, CurrentAdmin } from '@app/tenancy';
import { InviteUserCommand } from '../commands/invite-user/invite-user.command';
import { GetUserQuery } from '../queries/get-scim-user/get-scim-user.query';
import type { UserRecord } from '../read-model/user-record';

export class InviteUserRequest {
  @IsEmail()
  email!: string;

  @IsOptional() @IsString() @MaxLength(200)
  givenName?: string;

  @IsOptional() @IsString() @MaxLength(200)
  familyName?: string;
}

export function adminUserView(user: UserRecord) {
  const name = (user.resource.name ?? {}) as Record<string, unknown>;
  return {
    id: user.id,
    userName: user.userName,
    displayName: user.displayName,
    givenName: (name.givenName as string) ?? null,
    familyName: (name.familyName as string) ?? null,
    active: user.active,
    scimManaged: user.scimManaged,
    externalId: user.externalId,
    organizationRoleFromIdp: user.organizationRole,
    lambdatestGroup: user.lambdatestGroup,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
  };
}

@Controller('api/v1/users')
@AdminApi()
export class UsersAdminController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @HttpCode(201)
  async invite(@CurrentAdmin() admin: AdminPrincipal, @Body() body: InviteUserRequest) {
    const user = await this.commands.execute(new InviteUserCommand(admin.organizationId, body.email, body.givenName, body.familyName));
    return adminUserView(user);
  }

  @Get(':id')
  async get(@CurrentAdmin() admin: AdminPrincipal, @Param('id', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) id: string) {
    const user = await this.queries.execute(new GetUserQuery(admin.organizationId, id));
    if (!user) throw new NotFoundException(`User ${id} not found`);
    return adminUserView(user);
  }
}
