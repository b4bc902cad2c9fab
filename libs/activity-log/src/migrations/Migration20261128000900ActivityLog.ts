import { Migration } from '@mikro-orm/migrations';

export class Migration20261128000900ActivityLog extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists activity_log`);
    this.addSql(`
      create table activity_log.scim_request (
        id bigserial primary key,
        organization_id uuid,
        token_id uuid,
        occurred_at timestamptz not null,
        method text not null,
        path text not null,
        resource_type text,
        resource_id text,
        status int not null,
        scim_type text,
        duration_ms int not null,
        request_id text not null,
        user_agent text
      )`);
    this.addSql(`create index scim_request_org_time_idx on activity_log.scim_request (organization_id, occurred_at desc, id desc)`);
    this.addSql(`create index scim_request_time_idx on activity_log.scim_request (occurred_at)`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop schema activity_log cascade`);
  }
}
