import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { durableEventDefinition, isUuid, pgArray, preparedSql, runSql } from '@app/platform';
import { GroupMembersAddedEvent } from '../events/group-members-added.event';
import { GroupMembersRemovedEvent } from '../events/group-members-removed.event';
import { GroupNotFoundError } from './group-errors';
import type { NewMember } from './membership-store';

const added = durableEventDefinition(GroupMembersAddedEvent);
const removed = durableEventDefinition(GroupMembersRemovedEvent);

/**
 * Member adds and removes, the version bump and their events in ONE autocommit statement: the
 * group row is locked only by the final UPDATE, for the rest of this statement, so concurrent
 * membership PATCHes on one group serialize on it only briefly; nothing else of the group is read.
 * The events go to the transactional outbox in the same statement (all or nothing), removed before
 * added as the general path raises them, with the payloads of GroupMembersRemoved/AddedEvent.
 * The version moves, and events are written, only when a row really changed.
 */
const CHANGE_MEMBERS = preparedSql(`
  with g as (
    select id from scim_groups.scim_group where id = $1 and organization_id = $2 and deleted_at is null
  ), added as (
    insert into scim_groups.group_member (group_id, user_id, organization_id, user_name)
    select g.id, m.user_id, $2, m.user_name from g, unnest($3::uuid[], $4::text[]) as m(user_id, user_name)
    on conflict do nothing returning user_id
  ), removed as (
    delete from scim_groups.group_member m using g where m.group_id = g.id and m.user_id = any($5::uuid[]) returning m.user_id
  ), bumped as (
    update scim_groups.scim_group s set version = s.version + 1, updated_at = now()
      from g where s.id = g.id and (exists (select 1 from added) or exists (select 1 from removed))
    returning s.version
  ), events as (
    insert into platform.outbox_event (event_id, organization_id, aggregate_type, aggregate_id, type, payload)
    select e.event_id, $2, $6, $1::text, e.type, jsonb_build_object('organizationId', $2::text, 'groupId', $1::text, 'userIds', e.user_ids)
      from bumped, (values (1, $7::uuid, $8, (select jsonb_agg(user_id) from removed)),
                           (2, $9::uuid, $10, (select jsonb_agg(user_id) from added))) as e(ord, event_id, type, user_ids)
     where e.user_ids is not null
     order by e.ord
    returning 1
  )
  select exists (select 1 from g) as found, (select count(*) from events)::int as events`);

/** Applies one member-only PATCH; answers whether events were written (the relay should look). */
export async function changeMembers(em: EntityManager, organizationId: string, groupId: string, add: readonly NewMember[], removeIds: readonly string[]): Promise<boolean> {
  if (!isUuid(groupId)) throw new GroupNotFoundError(groupId);
  const [row] = await runSql<{ found: boolean; events: number }>(em, CHANGE_MEMBERS, [
    groupId,
    organizationId,
    pgArray(add.map((m) => m.userId)),
    pgArray(add.map((m) => m.userName)),
    pgArray(removeIds),
    added.aggregateType,
    randomUUID(),
    removed.type,
    randomUUID(),
    added.type,
  ]);
  if (!row.found) throw new GroupNotFoundError(groupId);
  return row.events > 0;
}
