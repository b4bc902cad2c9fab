import { hashesMatch, hashToken, issueTokenSecret } from './token-secret';

describe('SCIM token secrets', () => {
  it('issues 256-bit URL-safe tokens, shown once, kept only as a hash', () => {
    const issued = issueTokenSecret();
    expect(issued.token).toMatch(/^scim_[A-Za-z0-9_-]{43}$/);
    expect(issued.hash).toBe(hashToken(issued.token));
    expect(issued.hash).not.toContain(issued.token.slice(5));
    expect(issued.token.startsWith(issued.prefix)).toBe(true);
    expect(issueTokenSecret().token).not.toBe(issued.token);
  });

  it('compares hashes: equal only for the same token', () => {
    const { hash } = issueTokenSecret();
    expect(hashesMatch(hash, hash)).toBe(true);
    expect(hashesMatch(hash, hashToken('scim_other'))).toBe(false);
    expect(hashesMatch(hash, 'abcd')).toBe(false);
  });
});
