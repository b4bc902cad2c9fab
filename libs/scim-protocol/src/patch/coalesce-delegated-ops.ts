import { DelegatedOp, DelegatedValue } from './delegated-op';

type ValueOp = Extract<DelegatedOp, { op: 'add' | 'remove'; values: DelegatedValue[] }>;

function isValueOp(op: DelegatedOp): op is ValueOp {
  return (op.op === 'add' || op.op === 'remove') && op.values !== undefined;
}

/**
 * Reduces delegated operations to their net effect, so that a PATCH of a thousand one-member
 * operations costs the owning module two set-based statements, not a thousand. Within a run of value
 * adds and removes on one attribute (not interrupted by a replace, a filter or a remove-all), each value
 * ends where its last operation puts it: the run becomes one remove and one add of disjoint values.
 */
export function coalesceDelegatedOps(ops: readonly DelegatedOp[]): DelegatedOp[] {
  const result: DelegatedOp[] = [];
  let run: { attribute: string; last: Map<string, { op: 'add' | 'remove'; value: DelegatedValue }> } | undefined;
  const flush = () => {
    if (!run) return;
    const finalOf = (kind: 'add' | 'remove') => [...run!.last.values()].filter((entry) => entry.op === kind).map((entry) => entry.value);
    const removed = finalOf('remove');
    const added = finalOf('add');
    if (removed.length > 0) result.push({ attribute: run.attribute, op: 'remove', values: removed });
    if (added.length > 0) result.push({ attribute: run.attribute, op: 'add', values: added });
    run = undefined;
  };
  for (const op of ops) {
    if (!isValueOp(op)) {
      flush();
      result.push(op);
      continue;
    }
    if (run && run.attribute !== op.attribute) flush();
    run ??= { attribute: op.attribute, last: new Map() };
    for (const value of op.values) {
      const key = value.value.trim().toLowerCase();
      run.last.delete(key);
      run.last.set(key, { op: op.op, value });
    }
  }
  flush();
  return result;
}
