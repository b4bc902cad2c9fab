import { Module } from '@nestjs/common';
import { TenancyModule } from '@app/tenancy';
import { RecordAdminActionHandler } from './commands/record-admin-action/record-admin-action.handler';
import { AuditController } from './queries/list-audit/audit.controller';
import { ListAuditEntriesHandler } from './queries/list-audit/list-audit.handler';
import { DeleteOrganizationAuditHandler } from './reactions/organization-deleted.handler';
import { EntityRenameSkippedHandler } from './reactions/entity-rename-skipped.handler';

/** The audit log of admin actions (who, what, when, before and after) and of the service's own skipped follow-ups. */
@Module({
  imports: [TenancyModule],
  controllers: [AuditController],
  providers: [RecordAdminActionHandler, ListAuditEntriesHandler, EntityRenameSkippedHandler, DeleteOrganizationAuditHandler],
})
export class AuditModule {}
