import type { EntityManager } from '@mikro-orm/postgresql';
import { executeBound, pgArray } from '@app/platform';
import { FilterNode, filterToSql, GROUP_RESOURCE_TYPE } from '@app/scim-protocol';

export interface NewMember {
  userId: string;
  userName: string;
}

const MEMBER_FILTER_ATTRIBUTES = {
  resourceType: GROUP_RESOURCE_TYPE,
  attributes: {
    members: {
      kind: 'multi' as const,
      exists: (condition: string) => condition,
      subAttributes: {
        value: { sql: 'm.user_id::text', type: 'string' as const, caseExact: true },
        display: { sql: 'm.user_name', type: 'string' as const, caseExact: false },
        type: { sql: `'User'`, type: 'string' as const, caseExact: false },
      },
      defaultSub: 'value',
    },
  },
};

/**
 * Set-based membership writes: each statement touches only the rows it names, so the cost of a
 * change does not grow with the group's size, and RETURNING tells exactly what changed.
 */
export class MembershipStore {
  constructor(private readonly em: EntityManager) {}

  async add(organizationId: string, groupId: string, members: readonly NewMember[]): Promise<string[]> {
    if (members.length === 0) return [];
    const rows = await executeBound<{ user_id: string }>(
      this.em,
      `insert into scim_groups.group_member (group_id, user_id, organization_id, user_name)
       select ?, m.user_id, ?, m.user_name from unnest(?::uuid[], ?::text[]) as m(user_id, user_name)
       on conflict do nothing returning user_id`,
      [groupId, organizationId, pgArray(members.map((m) => m.userId)), pgArray(members.map((m) => m.userName))],
    );
    return rows.map((r) => r.user_id);
  }

  async remove(groupId: string, userIds: readonly string[]): Promise<string[]> {
    if (userIds.length === 0) return [];
    const rows = await executeBound<{ user_id: string }>(
      this.em,
      `delete from scim_groups.group_member where group_id = ? and user_id = any(?::uuid[]) returning user_id`,
      [groupId, pgArray(userIds)],
    );
    return rows.map((r) => r.user_id);
  }

  /** `members[display co "x"]` and other non-equality selectors, evaluated in SQL. */
  async removeMatching(groupId: string, filter: FilterNode): Promise<string[]> {
    const condition = filterToSql({ type: 'valuePath', attrPath: 'members', filter }, MEMBER_FILTER_ATTRIBUTES);
    const rows = await executeBound<{ user_id: string }>(
      this.em,
      `delete from scim_groups.group_member m where m.group_id = ? and (${condition.sql}) returning m.user_id`,
      [groupId, ...condition.params],
    );
    return rows.map((r) => r.user_id);
  }

  async removeAll(groupId: string): Promise<string[]> {
    const rows = await executeBound<{ user_id: string }>(this.em, `delete from scim_groups.group_member where group_id = ? returning user_id`, [groupId]);
    return rows.map((r) => r.user_id);
  }

  /** PUT semantics: the membership becomes exactly `members`, in two statements whatever the sizes. */
  async replace(organizationId: string, groupId: string, members: readonly NewMember[]): Promise<{ added: string[]; removed: string[] }> {
    const removedRows = await executeBound<{ user_id: string }>(
      this.em,
      `delete from scim_groups.group_member where group_id = ? and not (user_id = any(?::uuid[])) returning user_id`,
      [groupId, pgArray(members.map((m) => m.userId))],
    );
    const added = await this.add(organizationId, groupId, members);
    return { added, removed: removedRows.map((r) => r.user_id) };
  }
}

/** Net effect of several membership operations in one request: an id added then removed did not change. */
export class MembershipDelta {
  private readonly delta = new Map<string, number>();

  added(ids: readonly string[]): void {
    for (const id of ids) this.delta.set(id, (this.delta.get(id) ?? 0) + 1);
  }

  removed(ids: readonly string[]): void {
    for (const id of ids) this.delta.set(id, (this.delta.get(id) ?? 0) - 1);
  }

  get addedIds(): string[] {
    return [...this.delta].filter(([, d]) => d > 0).map(([id]) => id);
  }

  get removedIds(): string[] {
    return [...this.delta].filter(([, d]) => d < 0).map(([id]) => id);
  }
}
