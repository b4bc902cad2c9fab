import { Migration } from '@mikro-orm/migrations';

export class Migration20261128000100PlatformOutbox extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists platform`);
    this.addSql(`
      create table platform.outbox_event (
        id bigserial primary key,
        event_id uuid not null unique,
        organization_id uuid not null,
        aggregate_type text not null,
        aggregate_id text not null,
        type text not null,
        payload jsonb not null,
        occurred_at timestamptz not null default now(),
        delivered_at timestamptz,
        failed_at timestamptz,
        handled_by text[] not null default '{}',
        attempts int not null default 0,
        next_attempt_at timestamptz not null default now(),
        last_error text
      )`);
    this.addSql(`create index outbox_event_pending_idx on platform.outbox_event (id) where delivered_at is null and failed_at is null`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table platform.outbox_event`);
  }
}
