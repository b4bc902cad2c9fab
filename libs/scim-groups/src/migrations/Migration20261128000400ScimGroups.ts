import { Migration } from '@mikro-orm/migrations';

export class Migration20261128000400ScimGroups extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists scim_groups`);
    this.addSql(`
      create table scim_groups.scim_group (
        id uuid primary key,
        organization_id uuid not null,
        display_name text not null,
        external_id text,
        roles text[] not null default '{}',
        resource jsonb not null default '{}'::jsonb,
        version int not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now(),
        deleted_at timestamptz
      )`);
    // displayName is unique among the organization's live groups, whatever its case; a deleted one may be restored.
    this.addSql(`create unique index scim_group_live_name_key on scim_groups.scim_group (organization_id, lower(display_name)) where deleted_at is null`);
    this.addSql(`create index scim_group_org_created_idx on scim_groups.scim_group (organization_id, created_at, id)`);
    // Memberships are rows of their own: adding or removing one never touches the others (100k-member groups).
    this.addSql(`
      create table scim_groups.group_member (
        group_id uuid not null references scim_groups.scim_group (id),
        user_id uuid not null,
        organization_id uuid not null,
        user_name text not null,
        added_at timestamptz not null default now(),
        primary key (group_id, user_id)
      )`);
    this.addSql(`create index group_member_user_idx on scim_groups.group_member (organization_id, user_id)`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop schema scim_groups cascade`);
  }
}
