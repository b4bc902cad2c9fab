import { Migration } from '@mikro-orm/migrations';

/**
 * A user holds at most one row per source in an exclusive slot (concurrency group, sub-organization):
 * two concurrent manual moves of the same user must not leave two "current" choices behind.
 */
export class Migration20261128000510ExclusiveSlots extends Migration {
  override async up(): Promise<void> {
    // Rows written before the key existed: keep the newest choice per user, slot and source.
    this.addSql(`
      delete from org_entities.assignment a
       using org_entities.assignment b
       where a.entity_type <> 'team' and b.entity_type = a.entity_type and b.user_id = a.user_id and b.source = a.source
         and (b.created_at, b.entity_id) > (a.created_at, a.entity_id)`);
    this.addSql(`create unique index assignment_exclusive_slot_key on org_entities.assignment (user_id, entity_type, source) where entity_type <> 'team'`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index org_entities.assignment_exclusive_slot_key`);
  }
}
