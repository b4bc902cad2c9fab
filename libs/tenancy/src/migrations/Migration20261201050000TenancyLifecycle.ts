import { Migration } from '@mikro-orm/migrations';

/** Organizations known by the platform's id and switchable off; up to two live SCIM tokens during a rotation overlap. */
export class Migration20261201050000TenancyLifecycle extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table tenancy.organization add column external_id text, add column disabled_at timestamptz`);
    this.addSql(`create unique index organization_external_id_key on tenancy.organization (external_id) where external_id is not null`);
    this.addSql(`create index organization_created_idx on tenancy.organization (created_at, id)`);
    this.addSql(`drop index tenancy.scim_token_one_active_per_org`);
    this.addSql(`create index scim_token_org_live_idx on tenancy.scim_token (organization_id, created_at desc) where revoked_at is null`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index tenancy.scim_token_org_live_idx`);
    this.addSql(`create unique index scim_token_one_active_per_org on tenancy.scim_token (organization_id) where revoked_at is null`);
    this.addSql(`drop index tenancy.organization_created_idx`);
    this.addSql(`drop index tenancy.organization_external_id_key`);
    this.addSql(`alter table tenancy.organization drop column external_id, drop column disabled_at`);
  }
}
