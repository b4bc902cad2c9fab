import { Migration } from '@mikro-orm/migrations';

export class Migration20261128000410GroupMemberValueIndex extends Migration {
  override async up(): Promise<void> {
    // Filters compare `members.value` as text (`m.user_id::text = ?`, so a non-UUID value simply matches
    // nothing): without this index, `members eq "<id>"` reads every membership row of the organization.
    this.addSql(`create index group_member_value_idx on scim_groups.group_member ((user_id::text), group_id)`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index scim_groups.group_member_value_idx`);
  }
}
