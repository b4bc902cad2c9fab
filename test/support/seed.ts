import type { JsonBody } from './json-body';
import { MikroORM } from '@mikro-orm/postgresql';
import type { TestApp } from './test-app';

/**
 * Test seeding only: many users in one statement. Going through POST /Users for 50,000 users
 * would take minutes; this writes the rows scim-users itself writes, for large-scale specs.
 */
export async function seedUsers(t: TestApp, organizationId: string, count: number, prefix = 'seed'): Promise<string[]> {
  const tag = `${prefix}${Date.now().toString(36)}`;
  const rows = await t.app.get(MikroORM).em.getConnection().execute<{ id: string }[]>(
    `insert into scim_users.user_account (id, organization_id, user_name, scim_managed, resource)
     select gen_random_uuid(), ?, ? || '.' || n || '@seed.test', true, '{}'::jsonb from generate_series(1, ?) as n
     returning id`,
    [organizationId, tag, count],
  );
  return rows.map((r: { id: string }) => r.id);
}

/** Rows of the outbox in commit order, for specs that assert which events a command raised. */
export async function outboxEvents(t: TestApp, type?: string): Promise<{ type: string; payload: JsonBody }[]> {
  return t.app.get(MikroORM).em.getConnection().execute(
    `select type, payload from platform.outbox_event ${type ? 'where type = ?' : ''} order by id`,
    type ? [type] : [],
  );
}
