import { Body, Controller, Param, Patch } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiNotFoundResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, ValidateIf } from 'class-validator';
import { AdminErrorResponse, NotFoundError } from '@app/platform';
import { AdminApi, AdminPrincipal, CurrentAdmin } from '@app/tenancy';
import { Role, ROLES } from '../../domain/role';
import { GetEffectiveRoleQuery } from '../../queries/get-effective-role/get-effective-role.query';
import { EffectiveRoleResponse } from '../../queries/get-effective-role/effective-role.response';
import { SetManualRoleCommand } from './set-manual-role.command';

export class SetManualRoleRequest {
  @ApiProperty({ enum: ROLES, nullable: true, example: 'Admin', description: 'null clears the manual role' })
  // The key is required; only an explicit null clears.
  @ValidateIf((body: SetManualRoleRequest) => body.role !== null)
  @IsIn(ROLES)
  role!: Role | null;
}

@Controller('api/v1/users')
@AdminApi()
@ApiTags('Users')
export class UserRoleController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Patch(':id/role')
  @ApiOkResponse({ type: EffectiveRoleResponse, description: 'The manual role only decides while neither the IdP nor a group gives a role' })
  @ApiNotFoundResponse({ type: AdminErrorResponse })
  async setManualRole(
    @CurrentAdmin() admin: AdminPrincipal,
    // A malformed id is nobody: the command answers not_found like for any unknown id.
    @Param('id') id: string,
    @Body() body: SetManualRoleRequest,
  ): Promise<EffectiveRoleResponse> {
    await this.commands.execute(new SetManualRoleCommand(admin.organizationId, id, body.role));
    const view = await this.queries.execute(new GetEffectiveRoleQuery(admin.organizationId, id));
    if (!view) throw new NotFoundError(`User ${id} not found`);
    return view;
  }
}
