import { Migration } from '@mikro-orm/migrations';

/** Conflicts and decisions move with their module, from mapping_rules into its own schema. */
export class Migration20261201060100AssignmentsSchema extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists assignments`);
    this.addSql(`alter table mapping_rules.conflict set schema assignments`);
    this.addSql(`alter table mapping_rules.conflict_decision set schema assignments`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table assignments.conflict set schema mapping_rules`);
    this.addSql(`alter table assignments.conflict_decision set schema mapping_rules`);
    this.addSql(`drop schema assignments`);
  }
}
