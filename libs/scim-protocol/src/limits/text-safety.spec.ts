import { exceedsJsonDepth, findUnstorableText, unstorableTextReason } from './text-safety';

describe('text safety', () => {
  it('names NUL characters and unpaired surrogates, and accepts paired ones', () => {
    expect(unstorableTextReason('a\u0000b')).toMatch(/NUL/);
    expect(unstorableTextReason('\ud800')).toMatch(/surrogate/);
    expect(unstorableTextReason('x\udc00')).toMatch(/surrogate/);
    expect(unstorableTextReason('emoji 😀 and 中文')).toBeUndefined();
  });

  it('finds the first unstorable string anywhere in a JSON value, keys included', () => {
    expect(findUnstorableText({ a: [{ b: 'ok' }, { c: 'x\u0000' }] })).toBe('a[1].c contains a NUL character');
    expect(findUnstorableText({ ['k\ud800']: 1 })).toMatch(/member name/);
    expect(findUnstorableText({ a: ['fine', 1, null, true] })).toBeUndefined();
  });

  it('measures nesting without parsing, ignoring brackets inside strings', () => {
    expect(exceedsJsonDepth('[[[1]]]', 3)).toBe(false);
    expect(exceedsJsonDepth('[[[[1]]]]', 3)).toBe(true);
    expect(exceedsJsonDepth('{"a":"[[[[[[\\"[[["}', 1)).toBe(false);
    expect(exceedsJsonDepth(`${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`, 64)).toBe(true);
  });
});
