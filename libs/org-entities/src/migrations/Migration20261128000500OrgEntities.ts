import { Migration } from '@mikro-orm/migrations';

export class Migration20261128000500OrgEntities extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists org_entities`);
    this.addSql(`
      create table org_entities.entity (
        id uuid primary key,
        organization_id uuid not null,
        type text not null check (type in ('team', 'concurrency_group', 'sub_organization')),
        name text not null,
        is_default boolean not null default false,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`);
    this.addSql(`create unique index entity_name_key on org_entities.entity (organization_id, type, lower(name))`);
    this.addSql(`create unique index entity_one_default_key on org_entities.entity (organization_id) where is_default`);
    // Who is assigned where, and why: a SCIM mapping, the user's own LambdatestGroup, or an admin.
    this.addSql(`
      create table org_entities.assignment (
        organization_id uuid not null,
        user_id uuid not null,
        entity_id uuid not null references org_entities.entity (id) on delete cascade,
        entity_type text not null,
        source text not null check (source in ('scim', 'user_attribute', 'manual')),
        created_at timestamptz not null default now(),
        primary key (user_id, entity_id, source)
      )`);
    this.addSql(`create index assignment_entity_idx on org_entities.assignment (entity_id)`);
    this.addSql(`create index assignment_org_type_idx on org_entities.assignment (organization_id, entity_type, user_id)`);
    // An admin took a user out of a team SCIM put them in: it holds until the next SCIM change for that user.
    this.addSql(`
      create table org_entities.team_suppression (
        organization_id uuid not null,
        user_id uuid not null,
        entity_id uuid not null references org_entities.entity (id) on delete cascade,
        primary key (user_id, entity_id)
      )`);
    // The organization's users as this module learned them from events: the default concurrency group's members.
    this.addSql(`create table org_entities.known_user (user_id uuid primary key, organization_id uuid not null)`);
    this.addSql(`create index known_user_org_idx on org_entities.known_user (organization_id)`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop schema org_entities cascade`);
  }
}
