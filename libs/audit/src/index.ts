/**
 * audit: who did what, when, to which target, with the target before and after. The admin edge
 * sends `RecordAdminActionCommand` for each successful admin write; durable events of other modules
 * (a mapped entity that could not follow its group's rename) are recorded by reactions here.
 */
export { AuditModule } from './audit.module';
export { auditMigrations } from './migrations/index';
export { RecordAdminActionCommand } from './commands/record-admin-action/record-admin-action.command';
export type { AuditedAction } from './commands/record-admin-action/record-admin-action.command';
export { ListAuditEntriesQuery } from './queries/list-audit/list-audit.query';
export type { AuditEntryView, AuditFilter } from './queries/list-audit/list-audit.query';
