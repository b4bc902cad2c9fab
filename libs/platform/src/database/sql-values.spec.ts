import { pgArray } from './pg-array';
import { isUuid } from './uuid';

describe('SQL values', () => {
  it('pgArray quotes every element, so commas, quotes and backslashes stay inside one value', () => {
    expect(pgArray([])).toBe('{}');
    expect(pgArray(['a', 'b,c'])).toBe('{"a","b,c"}');
    expect(pgArray(['say "hi"', 'back\\slash'])).toBe('{"say \\"hi\\"","back\\\\slash"}');
    expect(pgArray([1, 2])).toBe('{"1","2"}');
  });

  it('isUuid tells a malformed id (nobody) from a well-formed one in any case', () => {
    expect(isUuid('3F2504E0-4F89-11D3-9A0C-0305E82C3301')).toBe(true);
    expect(isUuid('00000000-0000-4000-8000-000000000000')).toBe(true);
    expect(isUuid('not-a-uuid')).toBe(false);
    expect(isUuid("00000000-0000-4000-8000-000000000000' or 1=1")).toBe(false);
  });
});
