import { Migration } from '@mikro-orm/migrations';

export class Migration20261128000200Tenancy extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists tenancy`);
    this.addSql(`
      create table tenancy.organization (
        id uuid primary key,
        name text not null,
        group_provisioning_enabled boolean not null default false,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`);
    this.addSql(`
      create table tenancy.scim_token (
        id uuid primary key,
        organization_id uuid not null references tenancy.organization (id),
        token_hash text not null unique,
        prefix text not null,
        created_at timestamptz not null default now(),
        last_used_at timestamptz,
        revoked_at timestamptz,
        expires_at timestamptz
      )`);
    this.addSql(`create unique index scim_token_one_active_per_org on tenancy.scim_token (organization_id) where revoked_at is null`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop schema tenancy cascade`);
  }
}
