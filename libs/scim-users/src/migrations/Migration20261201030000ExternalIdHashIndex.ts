import { Migration } from '@mikro-orm/migrations';

/**
 * externalId may be 1,024 characters of any script, up to about 3 KB in UTF-8: more than a btree
 * index row holds (about 2.7 KB), which failed such creates. Look-ups by externalId are equality
 * only (`externalId eq "…"`), which a hash index serves at any length.
 */
export class Migration20261201030000ExternalIdHashIndex extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index scim_users.user_account_org_external_id_idx`);
    this.addSql(`create index user_account_external_id_hash_idx on scim_users.user_account using hash (external_id)`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index scim_users.user_account_external_id_hash_idx`);
    this.addSql(`create index user_account_org_external_id_idx on scim_users.user_account (organization_id, external_id)`);
  }
}
