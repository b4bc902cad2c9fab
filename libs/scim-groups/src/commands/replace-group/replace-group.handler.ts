import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@app/platform';
import { applyGroupFields, readGroupDocument } from '../../domain/group-document';
import { loadGroupForUpdate, memberValues, withUniqueDisplayName } from '../../domain/group-repository';
import { raiseGroupUpdate } from '../../domain/group-update-events';
import { MemberDirectory } from '../../domain/member-directory';
import { MembershipStore } from '../../domain/membership-store';
import { ProvisioningGate } from '../../domain/provisioning-gate';
import { GroupRecord, recordFromEntity } from '../../read-model/group-record';
import { ReplaceGroupCommand } from './replace-group.command';

@CommandHandler(ReplaceGroupCommand)
export class ReplaceGroupHandler implements ICommandHandler<ReplaceGroupCommand, GroupRecord> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly gate: ProvisioningGate,
    private readonly directory: MemberDirectory,
  ) {}

  async execute({ organizationId, groupId, document, expectedVersion }: ReplaceGroupCommand): Promise<GroupRecord> {
    await this.gate.assertEnabled(organizationId);
    const fields = readGroupDocument(document);
    const members = await this.directory.resolve(organizationId, memberValues(document.members));
    return withUniqueDisplayName(
      () => fields.displayName,
      () =>
        this.transactions.run(async (tx) => {
          const group = await loadGroupForUpdate(tx.em, organizationId, groupId, expectedVersion);
          const changes = applyGroupFields(group, fields);
          await tx.em.flush();
          const membership = await new MembershipStore(tx.em).replace(organizationId, group.id, members);
          raiseGroupUpdate(tx, group, changes, membership);
          return recordFromEntity(group, members);
        }),
    );
  }
}
