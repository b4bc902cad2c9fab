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
    const ids = [...new Set(values.map((v) => v.value))];
    if (ids.length === 0) return [];
    const users = await this.queries.execute(new GetUsersByIdsQuery(organizationId, ids));
    const found = new Map(users.map((u) => [u.id.toLowerCase(), u]));
    const unknown = ids.filter((id) => !found.has(id.toLowerCase()));
    if (unknown.length > 0) throw new UnknownMembersError(unknown);
    return ids.map((id) => {
      const user = found.get(id.toLowerCase())!;
      return { userId: user.id, userName: user.userName };
    });
  }
}
