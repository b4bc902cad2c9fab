import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { GroupCreatedEvent, GroupRenamedEvent, GroupRestoredEvent } from '@app/scim-groups';
import { MappingRuleEngine } from '../rules/mapping-rule-engine';

type GroupNamedEvent = GroupCreatedEvent | GroupRestoredEvent | GroupRenamedEvent;

/** Rules run only when a group is created, restored or renamed (SPEC §7). */
@EventsHandler(GroupCreatedEvent, GroupRestoredEvent, GroupRenamedEvent)
export class EvaluateRulesOnGroupChangeHandler implements IEventHandler<GroupNamedEvent> {
  constructor(private readonly engine: MappingRuleEngine) {}

  async handle(event: GroupNamedEvent): Promise<void> {
    const group = { organizationId: event.organizationId, groupId: event.groupId, displayName: event.displayName };
    await this.engine.evaluate(group);
    if (event instanceof GroupRenamedEvent) await this.engine.renameTargets(group);
  }
}
