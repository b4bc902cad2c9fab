import { Migration } from '@mikro-orm/migrations';

/** What an admin needs to troubleshoot a failed request without asking the IdP: the SCIM error's detail and the target. */
export class Migration20261201070300ActivityDetail extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table activity_log.scim_request add column scim_detail text, add column target text`);
    this.addSql(`create index scim_request_org_target_idx on activity_log.scim_request (organization_id, lower(target), occurred_at desc)`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table activity_log.scim_request drop column scim_detail, drop column target`);
  }
}
