import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { MikroORM } from '@mikro-orm/postgresql';
import { isUuid, OutboxRelay, TransactionRunner } from '@app/platform';
import { applyPatch, DelegatedOp, extractEqualityValues, GROUP_RESOURCE_TYPE } from '@app/scim-protocol';
import { applyGroupFields, groupDocumentOf, readGroupDocument } from '../../domain/group-document';
import { loadGroupForUpdate, memberValues, withUniqueDisplayName } from '../../domain/group-repository';
import { raiseGroupUpdate } from '../../domain/group-update-events';
import { MemberDirectory } from '../../domain/member-directory';
import { memberOnlyChange } from '../../domain/member-only-patch';
import { changeMembers } from '../../domain/membership-statement';
import { MembershipDelta, MembershipStore, NewMember } from '../../domain/membership-store';
import { ProvisioningGate } from '../../domain/provisioning-gate';
import { GroupRecord, recordFromEntity } from '../../read-model/group-record';
import { PatchGroupCommand } from './patch-group.command';

@CommandHandler(PatchGroupCommand)
export class PatchGroupHandler implements ICommandHandler<PatchGroupCommand, GroupRecord | undefined> {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly gate: ProvisioningGate,
    private readonly directory: MemberDirectory,
    private readonly orm: MikroORM,
    private readonly relay: OutboxRelay,
  ) {}

  /** The group as patched, or undefined when a member-only change was applied without loading it. */
  async execute({ organizationId, groupId, operations, expectedVersion }: PatchGroupCommand): Promise<GroupRecord | undefined> {
    await this.gate.assertEnabled(organizationId);
    const members = expectedVersion === undefined ? memberOnlyChange(operations) : undefined;
    if (members) {
      const adding = await this.directory.resolve(organizationId, memberValues(members.add));
      if (await changeMembers(this.orm.em, organizationId, groupId, adding, members.removeIds)) this.relay.schedule();
      return undefined;
    }
    let displayName = '';
    return withUniqueDisplayName(
      () => displayName,
      () =>
        this.transactions.run(async (tx) => {
          const group = await loadGroupForUpdate(tx.em, organizationId, groupId, expectedVersion);
          const patched = applyPatch(groupDocumentOf(group), operations, GROUP_RESOURCE_TYPE, { delegated: ['members'] });
          const fields = readGroupDocument(patched.resource);
          displayName = fields.displayName;
          // Every member the request adds is validated before anything is written: a bad id applies nothing.
          const incoming = patched.delegatedOps.flatMap((op) => (op.op === 'add' || op.op === 'replace' ? op.values : []));
          const known = new Map((await this.directory.resolve(organizationId, memberValues(incoming))).map((m) => [m.userId.toLowerCase(), m]));
          const changes = applyGroupFields(group, fields);
          await tx.em.flush();
          const delta = await applyMembershipOps(new MembershipStore(tx.em), organizationId, group.id, patched.delegatedOps, known);
          raiseGroupUpdate(tx, group, changes, { added: delta.addedIds, removed: delta.removedIds });
          return recordFromEntity(group);
        }),
    );
  }
}

async function applyMembershipOps(
  store: MembershipStore,
  organizationId: string,
  groupId: string,
  operations: DelegatedOp[],
  known: Map<string, NewMember>,
): Promise<MembershipDelta> {
  const delta = new MembershipDelta();
  const membersOf = (values: { value: string }[]) => values.map((v) => known.get(v.value.trim().toLowerCase())!);
  for (const operation of operations) {
    if (operation.op === 'add') {
      delta.added(await store.add(organizationId, groupId, membersOf(operation.values)));
    } else if (operation.op === 'replace') {
      const { added, removed } = await store.replace(organizationId, groupId, membersOf(operation.values));
      delta.removed(removed);
      delta.added(added);
    } else if (operation.all) {
      delta.removed(await store.removeAll(groupId));
    } else if (operation.filter) {
      const ids = extractEqualityValues(operation.filter);
      delta.removed(ids ? await store.remove(groupId, ids.filter(isUuid)) : await store.removeMatching(groupId, operation.filter));
    } else {
      delta.removed(await store.remove(groupId, operation.values.map((v) => v.value.trim()).filter(isUuid)));
    }
  }
  return delta;
}

