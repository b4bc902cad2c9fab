import { Migration } from '@mikro-orm/migrations';

/** Events each module's JetStream consumer has applied: a redelivery of one of them is skipped. */
export class Migration20261201080100Inbox extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table platform.inbox (
        consumer text not null,
        event_id uuid not null,
        type text not null,
        handled_at timestamptz not null default now(),
        primary key (consumer, event_id)
      )`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table platform.inbox`);
  }
}
