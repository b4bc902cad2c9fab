import { Migration } from '@mikro-orm/migrations';

export class Migration20261128000700MappingRules extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists mapping_rules`);
    this.addSql(`
      create table mapping_rules.mapping_rule (
        id uuid primary key,
        organization_id uuid not null,
        name text not null,
        type text not null check (type in ('prefix', 'regex', 'match_all')),
        pattern text,
        target_type text not null check (target_type in ('team', 'concurrency_group', 'sub_organization')),
        auto_approve boolean not null default false,
        priority int not null default 0,
        enabled boolean not null default true,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`);
    this.addSql(`create index mapping_rule_org_priority_idx on mapping_rules.mapping_rule (organization_id, priority desc, created_at)`);

    this.addSql(`
      create table mapping_rules.group_mapping (
        id uuid primary key,
        organization_id uuid not null,
        group_id uuid not null,
        target_type text not null check (target_type in ('team', 'concurrency_group', 'sub_organization')),
        entity_id uuid,
        status text not null check (status in ('pending', 'approved', 'auto_approved', 'rejected')),
        target_deleted boolean not null default false,
        rule_id uuid,
        created_by text not null check (created_by in ('rule', 'admin')),
        decided_by text check (decided_by in ('rule', 'admin', 'system')),
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`);
    // docs/mapping-rules.md: an entity is the target of at most one group's live (non-Rejected) mapping.
    this.addSql(`
      create unique index group_mapping_live_target_key on mapping_rules.group_mapping (organization_id, target_type, entity_id)
        where status <> 'rejected' and entity_id is not null`);
    this.addSql(`create index group_mapping_org_group_idx on mapping_rules.group_mapping (organization_id, group_id)`);
    this.addSql(`create index group_mapping_org_status_idx on mapping_rules.group_mapping (organization_id, status, created_at)`);
    this.addSql(`create index group_mapping_entity_idx on mapping_rules.group_mapping (organization_id, entity_id)`);

    // Derived: recomputed with the assignments of the users concerned, never edited by hand.
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

  override async down(): Promise<void> {
    this.addSql(`drop schema mapping_rules cascade`);
  }
}
