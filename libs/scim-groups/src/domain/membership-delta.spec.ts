import { MembershipDelta } from './membership-store';

describe('MembershipDelta', () => {
  it('keeps the net effect of several operations of one PATCH', () => {
    const delta = new MembershipDelta();
    delta.added(['a', 'b']);
    delta.removed(['b', 'c']);
    delta.removed(['a']);
    delta.added(['a', 'd']);
    expect(delta.addedIds.sort()).toEqual(['a', 'd']);
    expect(delta.removedIds).toEqual(['c']);
  });
});
