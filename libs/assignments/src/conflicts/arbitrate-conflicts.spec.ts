import { arbitrate, Candidate, decisionKey, detectSituations, OpenConflict } from './arbitrate-conflicts';

const at = (n: number) => `2026-01-0${n}T00:00:00.000000`;
const cg = (groupId: string, entityId: string, n: number): Candidate => ({ userId: 'u', groupId, targetType: 'concurrency_group', entityId, mappedAt: at(n) });
const so = (groupId: string, entityId: string, n: number): Candidate => ({ userId: 'u', groupId, targetType: 'sub_organization', entityId, mappedAt: at(n) });
const team = (groupId: string, entityId: string, n: number): Candidate => ({ userId: 'u', groupId, targetType: 'team', entityId, mappedAt: at(n) });
const nowhere = { concurrencyGroupId: null, subOrganizationId: null, teamIds: [] };

describe('conflict arbitration', () => {
  it('finds the three kinds, and none where one group gives both a sub-org and a CG', () => {
    expect(detectSituations('u', [cg('g1', 'c1', 1), cg('g2', 'c2', 2)]).map((s) => s.type)).toEqual(['exclusive_concurrency_group']);
    expect(detectSituations('u', [so('g1', 's1', 1), so('g2', 's2', 2)]).map((s) => s.type)).toEqual(['exclusive_sub_org']);
    expect(detectSituations('u', [so('g1', 's1', 1), team('g2', 't2', 2)]).map((s) => s.type)).toEqual(['cross_type']);
    expect(detectSituations('u', [so('g1', 's1', 1), cg('g1', 'c1', 1), team('g1', 't1', 1)])).toEqual([]);
  });

  it('keeps the side the user holds; holding neither, the earlier mapping; the other side waits', () => {
    const candidates = [cg('g1', 'c1', 2), cg('g2', 'c2', 1)];
    const situations = detectSituations('u', candidates);
    const held = arbitrate(situations, [], new Map(), { ...nowhere, concurrencyGroupId: 'c1' });
    expect(held.outcomes[0]).toEqual(expect.objectContaining({ kind: 'open', current: expect.objectContaining({ entityId: 'c1' }), incoming: expect.objectContaining({ entityId: 'c2' }) }));
    expect(held.withheld).toEqual([candidates[1]]);
    const fresh = arbitrate(situations, [], new Map(), nowhere);
    expect(fresh.withheld).toEqual([candidates[0]]);
  });

  it('an open conflict keeps its orientation; a remembered decision closes the question', () => {
    const candidates = [cg('g1', 'c1', 1), cg('g2', 'c2', 2)];
    const situations = detectSituations('u', candidates);
    const open: OpenConflict = {
      id: 'k',
      slot: 'concurrency_group',
      type: 'exclusive_concurrency_group',
      current: { groupId: 'g2', targetType: 'concurrency_group', entityId: 'c2' },
      incoming: { groupId: 'g1', targetType: 'concurrency_group', entityId: 'c1' },
    };
    const kept = arbitrate(situations, [open], new Map(), { ...nowhere, concurrencyGroupId: 'c1' });
    expect(kept.outcomes[0]).toEqual(expect.objectContaining({ kind: 'open', existing: open }));
    expect(kept.withheld).toEqual([candidates[0]]);

    const decisions = new Map([[decisionKey('concurrency_group', candidates[1], candidates[0]), { slot: 'concurrency_group' as const, winner: { groupId: 'g1', entityId: 'c1' } }]]);
    const decided = arbitrate(situations, [open], decisions, nowhere);
    expect(decided.outcomes).toEqual([expect.objectContaining({ kind: 'decided' })]);
    expect(decided.withheld).toEqual([candidates[1]]);
  });

  it('cross-type: the sub-org side winning withholds every team and CG of the other groups', () => {
    const candidates = [so('g1', 's1', 1), team('g2', 't2', 2), cg('g3', 'c3', 3)];
    const result = arbitrate(detectSituations('u', candidates), [], new Map(), { ...nowhere, subOrganizationId: 's1' });
    expect(result.outcomes[0]).toEqual(expect.objectContaining({ current: expect.objectContaining({ entityId: 's1' }), incoming: expect.objectContaining({ entityId: 'c3' }) }));
    expect(result.withheld).toEqual([candidates[1], candidates[2]]);
  });
});
