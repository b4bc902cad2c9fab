import { Migration } from '@mikro-orm/migrations';

/**
 * One row per aggregate that has undelivered events: the unit the relay claims, backs off and
 * schedules fairly across organizations, so a failing or busy aggregate never holds up another.
 *
 * A statement trigger opens the streams of whatever an INSERT into the outbox wrote, and notifies
 * the relays (NOTIFY is sent on commit only), so no writer can forget either. Its upsert updates
 * rather than `do nothing` on purpose: that locks the stream row until the writer commits, so a
 * relay closing the stream waits for the writer and then sees its events.
 */
export class Migration20261201020100OutboxStreams extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table platform.outbox_stream (
        aggregate_type text not null,
        aggregate_id text not null,
        organization_id uuid not null,
        next_attempt_at timestamptz not null default now(),
        claimed_until timestamptz,
        claim_token uuid,
        primary key (aggregate_type, aggregate_id)
      )`);
    this.addSql(`create index outbox_stream_due_idx on platform.outbox_stream (next_attempt_at)`);
    this.addSql(
      `create index outbox_event_stream_idx on platform.outbox_event (aggregate_type, aggregate_id, id) where delivered_at is null and failed_at is null`,
    );
    this.addSql(`create index outbox_event_parked_idx on platform.outbox_event (id) where failed_at is not null`);
    this.addSql(`alter table platform.outbox_event add column outcome text`);
    this.addSql(`
      create function platform.outbox_open_streams() returns trigger language plpgsql as $$
      begin
        insert into platform.outbox_stream (aggregate_type, aggregate_id, organization_id)
        select distinct on (aggregate_type, aggregate_id) aggregate_type, aggregate_id, organization_id
          from inserted order by aggregate_type, aggregate_id, id
        on conflict (aggregate_type, aggregate_id) do update set organization_id = platform.outbox_stream.organization_id;
        perform pg_notify('platform_outbox', '');
        return null;
      end $$`);
    this.addSql(`
      create trigger outbox_event_open_streams after insert on platform.outbox_event
        referencing new table as inserted for each statement execute function platform.outbox_open_streams()`);
    this.addSql(`
      insert into platform.outbox_stream (aggregate_type, aggregate_id, organization_id)
      select distinct on (aggregate_type, aggregate_id) aggregate_type, aggregate_id, organization_id
        from platform.outbox_event where delivered_at is null and failed_at is null
       order by aggregate_type, aggregate_id, id`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger outbox_event_open_streams on platform.outbox_event`);
    this.addSql(`drop function platform.outbox_open_streams()`);
    this.addSql(`alter table platform.outbox_event drop column outcome`);
    this.addSql(`drop index platform.outbox_event_parked_idx`);
    this.addSql(`drop index platform.outbox_event_stream_idx`);
    this.addSql(`drop table platform.outbox_stream`);
  }
}
