import { Migration } from '@mikro-orm/migrations';

export class Migration20261128000600Roles extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists roles`);
    // idp_role and manual_role are the inputs this module was told about; group_role and
    // effective_role are derived and rewritten by every recompute.
    this.addSql(`
      create table roles.user_role (
        user_id uuid primary key,
        organization_id uuid not null,
        idp_role text check (idp_role in ('Admin', 'User', 'Guest')),
        manual_role text check (manual_role in ('Admin', 'User', 'Guest')),
        group_role text check (group_role in ('Admin', 'User', 'Guest')),
        effective_role text check (effective_role in ('Admin', 'User', 'Guest')),
        updated_at timestamptz not null default now()
      )`);
    this.addSql(`create index user_role_org_idx on roles.user_role (organization_id, user_id)`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop schema roles cascade`);
  }
}
