import { Migration } from '@mikro-orm/migrations';

export class Migration20261201070200Audit extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists audit`);
    // Who did what to which target, and the target before and after. `actor` is the admin token's
    // subject, or `system` for what the service did on its own (e.g. an entity that kept its name).
    this.addSql(`
      create table audit.admin_action (
        id bigserial primary key,
        organization_id uuid not null,
        occurred_at timestamptz not null default now(),
        actor text not null,
        kind text not null,
        target_type text,
        target_id text,
        before jsonb,
        after jsonb,
        request_id text,
        dedupe_key text unique
      )`);
    this.addSql(`create index admin_action_org_time_idx on audit.admin_action (organization_id, occurred_at desc, id desc)`);
    this.addSql(`create index admin_action_org_kind_idx on audit.admin_action (organization_id, kind, occurred_at desc)`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop schema audit cascade`);
  }
}
