import { Injectable } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { CreateEntityCommand, FindEntityByNameQuery, GetEntityNamesQuery, GetEntityQuery, RenameEntityCommand } from '@app/org-entities';
import type { EntityRef } from '@app/org-entities';
import type { TargetType } from '../domain/mapping-types';

/** The one place that speaks org-entities' contract: mapping code sees only these operations. */
@Injectable()
export class EntityDirectory {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  async findByName(organizationId: string, type: TargetType, name: string): Promise<EntityRef | null> {
    return (await this.queries.execute(new FindEntityByNameQuery(organizationId, type, name))) ?? null;
  }

  async get(organizationId: string, type: TargetType, id: string): Promise<EntityRef | null> {
    const entity = await this.queries.execute(new GetEntityQuery(organizationId, id));
    return entity && entity.type === type ? { id: entity.id, type: entity.type, name: entity.name } : null;
  }

  create(organizationId: string, type: TargetType, name: string): Promise<EntityRef> {
    return this.commands.execute(new CreateEntityCommand(organizationId, type, name));
  }

  async rename(organizationId: string, _type: TargetType, id: string, name: string): Promise<void> {
    await this.commands.execute(new RenameEntityCommand(organizationId, id, name));
  }

  async names(organizationId: string, entityIds: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.queries.execute(new GetEntityNamesQuery(organizationId, entityIds));
    return new Map(rows.map((row) => [row.id, row.name]));
  }
}
