import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { TransactionRunner } from '@app/platform';
import { loadGroupForUpdate, touch } from '../../domain/group-repository';
import { ProvisioningGate } from '../../domain/provisioning-gate';
import { GroupDeletedEvent } from '../../events/group-deleted.event';
import { DeleteGroupCommand } from './delete-group.command';

@CommandHandler(DeleteGroupCommand)
export class DeleteGroupHandler implements ICommandHandler<DeleteGroupCommand, void> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly gate: ProvisioningGate,
  ) {}

  async execute({ organizationId, groupId, expectedVersion }: DeleteGroupCommand): Promise<void> {
    await this.gate.assertEnabled(organizationId);
    await this.transactions.run(async ({ em, raise }) => {
      const group = await loadGroupForUpdate(em, organizationId, groupId, expectedVersion);
      // Membership rows stay: consumers recompute those members from GetGroupMemberIdsQuery.
      group.deletedAt = new Date();
      touch(group);
      raise(new GroupDeletedEvent(organizationId, group.id, group.displayName));
    });
  }
}
