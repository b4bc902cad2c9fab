import { deriveAssignments } from './derive-assignments';

describe('deriveAssignments', () => {
  it('adds up teams, sets exclusive slots, and gives nothing to a user without mapped groups', () => {
    const assignments = deriveAssignments(
      ['u1', 'u2'],
      [
        { userId: 'u1', groupId: 'g1', targetType: 'team', entityId: 't1' },
        { userId: 'u1', groupId: 'g2', targetType: 'team', entityId: 't2' },
        { userId: 'u1', groupId: 'g2', targetType: 'concurrency_group', entityId: 'c1' },
      ],
    );
    expect(assignments).toEqual([
      { userId: 'u1', teamIds: ['t1', 't2'], concurrencyGroup: { entityId: 'c1' }, subOrganization: { entityId: null } },
      { userId: 'u2', teamIds: [], concurrencyGroup: { entityId: null }, subOrganization: { entityId: null } },
    ]);
  });

  it('never picks a winner for an exclusive slot with two candidates: unchanged', () => {
    const assignments = deriveAssignments(
      ['u1'],
      [
        { userId: 'u1', groupId: 'g2', targetType: 'sub_organization', entityId: 's2' },
        { userId: 'u1', groupId: 'g1', targetType: 'sub_organization', entityId: 's1' },
        { userId: 'u1', groupId: 'g1', targetType: 'concurrency_group', entityId: 'c1' },
      ],
    );
    expect(assignments[0]).toEqual({ userId: 'u1', teamIds: [], concurrencyGroup: { entityId: 'c1' }, subOrganization: 'unchanged' });
  });
});
