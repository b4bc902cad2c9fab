import { Migration } from '@mikro-orm/migrations';

/**
 * An admin invited an email whose account lives in another organization: the user is not moved
 * until they accept on the platform, which then calls the internal accept endpoint.
 */
export class Migration20261201070100CrossOrgInvitations extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      create table scim_users.cross_org_invitation (
        id uuid primary key,
        organization_id uuid not null,
        user_id uuid not null,
        user_name text not null,
        status text not null default 'pending' check (status in ('pending', 'accepted')),
        created_at timestamptz not null default now(),
        accepted_at timestamptz,
        previous_organization_id uuid
      )`);
    // Inviting the same person twice answers the invitation already pending.
    this.addSql(`create unique index cross_org_invitation_pending_key on scim_users.cross_org_invitation (organization_id, user_id) where status = 'pending'`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table scim_users.cross_org_invitation`);
  }
}
