import { Migration } from '@mikro-orm/migrations';

export class Migration20261128000300ScimUsers extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists scim_users`);
    this.addSql(`
      create table scim_users.user_account (
        id uuid primary key,
        organization_id uuid not null,
        user_name text not null,
        external_id text,
        display_name text,
        active boolean not null default true,
        scim_managed boolean not null default false,
        organization_role text,
        lambdatest_group text,
        resource jsonb not null default '{}'::jsonb,
        version int not null default 1,
        created_at timestamptz not null default now(),
        updated_at timestamptz not null default now()
      )`);
    // userName is unique across the whole platform, whatever its case.
    this.addSql(`create unique index user_account_user_name_key on scim_users.user_account (lower(user_name))`);
    this.addSql(`create index user_account_org_created_idx on scim_users.user_account (organization_id, created_at, id)`);
    this.addSql(`create index user_account_org_external_id_idx on scim_users.user_account (organization_id, external_id)`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop schema scim_users cascade`);
  }
}
