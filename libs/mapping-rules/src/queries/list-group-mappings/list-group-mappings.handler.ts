import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { isUuid, ReadSide } from '@app/platform';
import { listMappingsOfGroup, MappingView } from '../../read-model/mapping-view';
import { ListGroupMappingsQuery } from './list-group-mappings.query';

@QueryHandler(ListGroupMappingsQuery)
export class ListGroupMappingsHandler implements IQueryHandler<ListGroupMappingsQuery, MappingView[]> {
  constructor(private readonly reads: ReadSide) {}

  async execute({ organizationId, groupId }: ListGroupMappingsQuery): Promise<MappingView[]> {
    return isUuid(groupId) ? listMappingsOfGroup(this.reads, organizationId, groupId) : [];
  }
}
