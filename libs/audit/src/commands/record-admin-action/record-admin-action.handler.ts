import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@app/platform';
import { RecordAdminActionCommand } from './record-admin-action.command';

const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

@CommandHandler(RecordAdminActionCommand)
export class RecordAdminActionHandler implements ICommandHandler<RecordAdminActionCommand, void> {
  constructor(private readonly db: TransactionRunner) {}

  async execute({ action }: RecordAdminActionCommand): Promise<void> {
    await this.db.query(
      `insert into audit.admin_action (organization_id, actor, kind, target_type, target_id, before, after, request_id, dedupe_key)
       values (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?) on conflict (dedupe_key) do nothing`,
      [
        action.organizationId,
        action.actor,
        action.kind,
        action.targetType,
        action.targetId,
        json(action.before),
        json(action.after),
        action.requestId ?? null,
        action.dedupeKey ?? null,
      ],
    );
  }
}
