import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { GetEntityNamesQuery } from '@app/org-entities';
import { GetGroupNamesQuery } from '@app/scim-groups';
import type { ConflictSide, ConflictView } from '../conflicts/conflict-types';

type NamedSide = ConflictSide & { groupName: string | null; entityName: string | null };
export type NamedConflict = Omit<ConflictView, 'current' | 'incoming'> & { current: NamedSide; incoming: NamedSide };

/** Conflicts as the dashboard shows them: both sides with group and target names, two set-based look-ups per list. */
@Injectable()
export class ConflictPresenter {
  constructor(private readonly queries: QueryBus) {}

  async present(organizationId: string, conflicts: readonly ConflictView[]): Promise<NamedConflict[]> {
    const sides = conflicts.flatMap((c) => [c.current, c.incoming]);
    const [groups, entities] = await Promise.all([
      this.queries.execute(new GetGroupNamesQuery(organizationId, sides.map((s) => s.groupId))),
      this.queries.execute(new GetEntityNamesQuery(organizationId, sides.map((s) => s.entityId))),
    ]);
    const groupNames = new Map(groups.map((g) => [g.id, g.displayName]));
    const entityNames = new Map(entities.map((e) => [e.id, e.name]));
    const named = (side: ConflictSide): NamedSide => ({ ...side, groupName: groupNames.get(side.groupId) ?? null, entityName: entityNames.get(side.entityId) ?? null });
    return conflicts.map((c) => ({ ...c, current: named(c.current), incoming: named(c.incoming) }));
  }
}
