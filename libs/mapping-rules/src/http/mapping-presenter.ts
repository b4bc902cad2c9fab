import { Injectable } from '@nestjs/common';
import { EntityDirectory } from '../ports/entity-directory';
import { GroupDirectory } from '../ports/group-directory';
import type { MappingView } from '../read-model/mapping-view';

export type NamedMapping = MappingView & { groupName: string | null; targetName: string | null };

/** Mappings as the dashboard shows them: with the group's and the target's names (two set-based look-ups per list). */
@Injectable()
export class MappingPresenter {
  constructor(
    private readonly groups: GroupDirectory,
    private readonly entities: EntityDirectory,
  ) {}

  async present(organizationId: string, mappings: readonly MappingView[]): Promise<NamedMapping[]> {
    const [groupNames, entityNames] = await Promise.all([
      this.groups.names(organizationId, mappings.map((m) => m.groupId)),
      this.entities.names(organizationId, mappings.flatMap((m) => (m.entityId ? [m.entityId] : []))),
    ]);
    return mappings.map((m) => ({ ...m, groupName: groupNames.get(m.groupId) ?? null, targetName: (m.entityId && entityNames.get(m.entityId)) || null }));
  }

  async presentOne(organizationId: string, mapping: MappingView): Promise<NamedMapping> {
    return (await this.present(organizationId, [mapping]))[0];
  }
}
