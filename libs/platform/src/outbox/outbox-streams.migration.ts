import { Migration } from '@mikro-orm/migrations';

/**
 * One row per aggregate that has undelivered events: the unit the relay claims, backs off and
 * schedules fairly across organizations, so a failing or busy aggregate never holds up another.
 *
 * Statement triggers open the stream of every event that becomes undelivered (inserted, re-driven,
 * or replayed by hand) and notify the relays (NOTIFY is sent on commit only), so no writer can
 * forget either. Their upsert updates rather than `do nothing` on purpose: that locks the stream
 * row until the writer commits, so a relay closing the stream waits for the writer and then sees
 * its events.
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
    this.addSql(openStreamsFunction('outbox_open_streams', 'true'));
    // The relay's own record of a failed attempt leaves the stream alone: only rows that were
    // delivered or parked before and are undelivered now (a re-drive, a replay by hand) reopen it.
    this.addSql(
      openStreamsFunction('outbox_reopen_streams', 'exists (select 1 from previous p where p.id = c.id and (p.delivered_at is not null or p.failed_at is not null))'),
    );
    this.addSql(`
      create trigger outbox_event_inserted after insert on platform.outbox_event
        referencing new table as changed for each statement execute function platform.outbox_open_streams()`);
    this.addSql(`
      create trigger outbox_event_updated after update on platform.outbox_event
        referencing old table as previous new table as changed for each statement execute function platform.outbox_reopen_streams()`);
    this.addSql(`
      insert into platform.outbox_stream (aggregate_type, aggregate_id, organization_id)
      select distinct on (aggregate_type, aggregate_id) aggregate_type, aggregate_id, organization_id
        from platform.outbox_event where delivered_at is null and failed_at is null
       order by aggregate_type, aggregate_id, id`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger outbox_event_updated on platform.outbox_event`);
    this.addSql(`drop trigger outbox_event_inserted on platform.outbox_event`);
    this.addSql(`drop function platform.outbox_reopen_streams()`);
    this.addSql(`drop function platform.outbox_open_streams()`);
    this.addSql(`alter table platform.outbox_event drop column outcome`);
    this.addSql(`drop index platform.outbox_event_parked_idx`);
    this.addSql(`drop index platform.outbox_event_stream_idx`);
    this.addSql(`drop table platform.outbox_stream`);
  }
}

/** A statement trigger function opening the streams of the undelivered rows of `changed` that satisfy `condition` (alias c). */
function openStreamsFunction(name: string, condition: string): string {
  return `
    create function platform.${name}() returns trigger language plpgsql as $$
    begin
      insert into platform.outbox_stream (aggregate_type, aggregate_id, organization_id)
      select distinct on (aggregate_type, aggregate_id) aggregate_type, aggregate_id, organization_id
        from changed c
       where c.delivered_at is null and c.failed_at is null and ${condition}
       order by aggregate_type, aggregate_id, id
      on conflict (aggregate_type, aggregate_id) do update set organization_id = platform.outbox_stream.organization_id;
      if found then
        perform pg_notify('platform_outbox', '');
      end if;
      return null;
    end $$`;
}
