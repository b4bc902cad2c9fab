import { Migration } from '@mikro-orm/migrations';

export class Migration20261128000800Conflicts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table mapping_rules.conflict (
        id uuid primary key,
        organization_id uuid not null,
        user_id uuid not null,
        type text not null check (type in ('exclusive_concurrency_group', 'exclusive_sub_org', 'cross_type')),
        slot text not null check (slot in ('concurrency_group', 'sub_organization')),
        current_group_id uuid not null,
        current_target_type text not null,
        current_entity_id uuid not null,
        incoming_group_id uuid not null,
        incoming_target_type text not null,
        incoming_entity_id uuid not null,
        status text not null check (status in ('open', 'resolved')),
        resolution text check (resolution in ('keep_current', 'use_incoming', 'auto')),
        resolved_by text,
        created_at timestamptz not null default now(),
        resolved_at timestamptz
      )`);
    // Recomputation upserts the open conflict of a (user, slot): never two at once.
    this.addSql(`create unique index conflict_open_key on mapping_rules.conflict (organization_id, user_id, slot) where status = 'open'`);
    this.addSql(`create index conflict_org_created_idx on mapping_rules.conflict (organization_id, created_at desc)`);

    // An admin's answer for one combination (user, slot, two group/target sides), stored in a
    // canonical side order so the same combination is found whichever side was "current".
    this.addSql(`
      create table mapping_rules.conflict_decision (
        organization_id uuid not null,
        user_id uuid not null,
        slot text not null,
        side_a_group_id uuid not null,
        side_a_entity_id uuid not null,
        side_b_group_id uuid not null,
        side_b_entity_id uuid not null,
        winner_group_id uuid not null,
        winner_entity_id uuid not null,
        decided_by text not null,
        decided_at timestamptz not null default now(),
        primary key (organization_id, user_id, slot, side_a_group_id, side_a_entity_id, side_b_group_id, side_b_entity_id)
      )`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table mapping_rules.conflict_decision`);
    this.addSql(`drop table mapping_rules.conflict`);
  }
}
