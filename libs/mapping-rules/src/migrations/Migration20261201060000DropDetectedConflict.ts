import { Migration } from '@mikro-orm/migrations';

/** The first conflict model: superseded by the conflicts of the assignments module, read by nothing. */
export class Migration20261201060000DropDetectedConflict extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop table if exists mapping_rules.detected_conflict`);
  }

  override async down(): Promise<void> {
    this.addSql(`
      create table mapping_rules.detected_conflict (
        organization_id uuid not null,
        user_id uuid not null,
        slot text not null check (slot in ('concurrency_group', 'sub_organization')),
        candidates jsonb not null,
        detected_at timestamptz not null default now(),
        primary key (organization_id, user_id, slot)
      )`);
  }
}
