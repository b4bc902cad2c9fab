import { Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ReconcileReportResponse } from './reconcile-responses';
import { AdminApi, AdminPrincipal, CurrentAdmin } from '@app/tenancy';
import { ReconcileOrganizationCommand } from '../commands/reconcile-organization/reconcile-organization.command';

@Controller('api/v1/scim/reconcile')
@AdminApi()
@ApiTags('Reconcile')
export class ReconcileController {
  constructor(private readonly commands: CommandBus) {}

  /** Recomputes all derived state of the org; answers what changed. */
  @Post()
  @HttpCode(200)
  @ApiOkResponse({ type: ReconcileReportResponse })
  reconcile(@CurrentAdmin() admin: AdminPrincipal) {
    return this.commands.execute(new ReconcileOrganizationCommand(admin.organizationId));
  }
}
