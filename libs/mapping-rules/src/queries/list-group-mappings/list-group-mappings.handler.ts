import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { isUuid, NotFoundError, ReadSide } from '@app/platform';
import { GroupDirectory } from '../../ports/group-directory';
import { listMappingsOfGroup, MappingView } from '../../read-model/mapping-view';
import { ListGroupMappingsQuery } from './list-group-mappings.query';

@QueryHandler(ListGroupMappingsQuery)
export class ListGroupMappingsHandler implements IQueryHandler<ListGroupMappingsQuery, MappingView[]> {
  constructor(
    private readonly reads: ReadSide,
    private readonly groups: GroupDirectory,
  ) {}

  /**
   * An unknown id, or another organization's group, is not found, as the group itself is. A deleted
   * group's mappings (all Rejected) stay readable: the dashboard shows what the group used to give.
   */
  async execute({ organizationId, groupId }: ListGroupMappingsQuery): Promise<MappingView[]> {
    if (!isUuid(groupId)) throw new NotFoundError(`Group ${groupId} not found`);
    await this.groups.assertKnownGroup(organizationId, groupId);
    return listMappingsOfGroup(this.reads, organizationId, groupId);
  }
}
