import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { GetUsersByIdsQuery } from '@app/scim-users';
import { InvalidGroupAttributeError, UnknownMembersError } from './group-errors';
import type { NewMember } from './membership-store';

/** Turns SCIM member values into users of the organization, in one query for any number of members. */
@Injectable()
export class MemberDirectory {
  constructor(private readonly queries: QueryBus) {}

  async resolve(organizationId: string, values: readonly { value: string; type?: unknown }[]): Promise<NewMember[]> {
    const nested = values.find((v) => typeof v.type === 'string' && v.type.toLowerCase() === 'group');
    if (nested) throw new InvalidGroupAttributeError(`Groups cannot be members of groups here (member ${nested.value})`);
    // Ids compare case-insensitively (UUIDs), so `ABC…` and `abc…` are one member, listed once.
    const sent = new Map<string, string>();
    for (const { value } of values) if (!sent.has(value.toLowerCase())) sent.set(value.toLowerCase(), value);
    const ids = [...sent.keys()];
    if (ids.length === 0) return [];
    const users = await this.queries.execute(new GetUsersByIdsQuery(organizationId, ids));
    const found = new Map(users.map((u) => [u.id.toLowerCase(), u]));
    const unknown = ids.filter((id) => !found.has(id));
    if (unknown.length > 0) throw new UnknownMembersError(unknown.map((id) => sent.get(id)!));
    return ids.map((id) => {
      const user = found.get(id)!;
      return { userId: user.id, userName: user.userName };
    });
  }
}
