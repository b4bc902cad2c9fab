import { Migration } from '@mikro-orm/migrations';

/** Why a rule left a mapping Pending instead of auto-approving it (e.g. the group's name is too long for a Team). */
export class Migration20261201020200MappingPendingReason extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table mapping_rules.group_mapping add column pending_reason text`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table mapping_rules.group_mapping drop column pending_reason`);
  }
}
