import { loadConfig } from '@app/platform';
import { VerifiedToken, VerifiedTokenCache } from './verified-token-cache';

const token = (organizationId: string, expiresAt: number | null = null): VerifiedToken => ({ tokenId: `t-${organizationId}`, organizationId, expiresAt, organizationDisabled: false });

function cache(env: Record<string, string> = {}): VerifiedTokenCache {
  const created = new VerifiedTokenCache(loadConfig({ SCIM_TOKEN_CACHE_TTL_SECONDS: '60', SCIM_TOKEN_CACHE_SIZE: '3', ...env }));
  created.enable();
  return created;
}

describe('VerifiedTokenCache', () => {
  it('serves nothing while the change listener is down, and starts empty when it is back', () => {
    const c = cache();
    c.set('h', token('a'), c.currentGeneration);
    c.disable();
    expect(c.get('h')).toBeUndefined();
    c.set('h', token('a'), c.currentGeneration);
    c.enable();
    expect(c.get('h')).toBeUndefined();
  });

  it('does not store a look-up that started before an invalidation of any organization', () => {
    const c = cache();
    const started = c.currentGeneration;
    c.forgetOrganization('a');
    c.set('h', token('a'), started);
    expect(c.get('h')).toBeUndefined();
    c.set('h', token('a'), c.currentGeneration);
    expect(c.get('h')).toEqual(expect.objectContaining({ organizationId: 'a' }));
  });

  it("forgets only the invalidated organization's tokens", () => {
    const c = cache();
    c.set('ha', token('a'), c.currentGeneration);
    c.set('hb', token('b'), c.currentGeneration);
    c.forgetOrganization('a');
    expect(c.get('ha')).toBeUndefined();
    expect(c.get('hb')).toBeDefined();
  });

  it('drops entries past their TTL or their token expiry, and the oldest when full', () => {
    const c = cache();
    const now = Date.now();
    c.set('expiring', token('a', now + 1_000), c.currentGeneration, now);
    expect(c.get('expiring', now + 999)).toBeDefined();
    expect(c.get('expiring', now + 1_000)).toBeUndefined();
    c.set('old', token('b'), c.currentGeneration, now);
    expect(c.get('old', now + 60_001)).toBeUndefined();
    for (const hash of ['1', '2', '3', '4']) c.set(hash, token(hash), c.currentGeneration, now);
    expect(c.size).toBe(3);
    expect(c.get('1', now)).toBeUndefined();
    expect(c.get('4', now)).toBeDefined();
  });
});
