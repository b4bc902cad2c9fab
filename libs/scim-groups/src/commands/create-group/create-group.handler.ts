import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@app/platform';
import { applyGroupFields, readGroupDocument } from '../../domain/group-document';
import { findDeletedGroupByName, memberValues, touch, withUniqueDisplayName } from '../../domain/group-repository';
import { MemberDirectory } from '../../domain/member-directory';
import { MembershipStore } from '../../domain/membership-store';
import { ProvisioningGate } from '../../domain/provisioning-gate';
import { ScimGroup } from '../../domain/scim-group.entity';
import { GroupCreatedEvent } from '../../events/group-created.event';
import { GroupMembersAddedEvent } from '../../events/group-members-added.event';
import { GroupMembersRemovedEvent } from '../../events/group-members-removed.event';
import { GroupRestoredEvent } from '../../events/group-restored.event';
import { GroupRecord, recordFromEntity } from '../../read-model/group-record';
import { CreateGroupCommand } from './create-group.command';

@CommandHandler(CreateGroupCommand)
export class CreateGroupHandler implements ICommandHandler<CreateGroupCommand, { group: GroupRecord; restored: boolean }> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly gate: ProvisioningGate,
    private readonly directory: MemberDirectory,
  ) {}

  async execute({ organizationId, document }: CreateGroupCommand) {
    await this.gate.assertEnabled(organizationId);
    const fields = readGroupDocument(document);
    const members = await this.directory.resolve(organizationId, memberValues(document.members));
    return withUniqueDisplayName(
      () => fields.displayName,
      () =>
        this.transactions.run(async ({ em, raise }) => {
          const store = new MembershipStore(em);
          const deleted = await findDeletedGroupByName(em, organizationId, fields.displayName);
          const group = deleted ?? em.create(ScimGroup, { organizationId, displayName: fields.displayName });
          applyGroupFields(group, fields);
          if (deleted) {
            group.deletedAt = null;
            touch(group);
          }
          await em.flush();
          if (deleted) {
            // Only the request's members come back with a restored group (docs/scim-groups.md).
            const previous = await store.removeAll(group.id);
            if (previous.length > 0) raise(new GroupMembersRemovedEvent(organizationId, group.id, previous));
            raise(new GroupRestoredEvent(organizationId, group.id, group.displayName, [...group.roles]));
          } else {
            raise(new GroupCreatedEvent(organizationId, group.id, group.displayName, [...group.roles]));
          }
          const added = await store.add(organizationId, group.id, members);
          if (added.length > 0) raise(new GroupMembersAddedEvent(organizationId, group.id, added));
          return { group: recordFromEntity(group, members), restored: deleted !== null };
        }),
    );
  }
}
