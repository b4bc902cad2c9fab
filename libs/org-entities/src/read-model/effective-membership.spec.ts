import { isExclusive } from '../domain/entity-types';
import { effectiveMembership } from './effective-membership';

describe('effective membership', () => {
  it('binds the organization once per placeholder and leaves no numbered placeholder behind', () => {
    const { sql, params } = effectiveMembership('org-1');
    expect(sql).not.toContain('?1');
    expect(params.length).toBe((sql.match(/\?/g) ?? []).length);
    expect(new Set(params)).toEqual(new Set(['org-1']));
  });

  it('knows which entity types are exclusive', () => {
    expect(isExclusive('team')).toBe(false);
    expect(isExclusive('concurrency_group')).toBe(true);
    expect(isExclusive('sub_organization')).toBe(true);
  });
});
