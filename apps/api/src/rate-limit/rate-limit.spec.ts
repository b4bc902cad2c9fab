import { tokenPrefix } from './bearer-token';
import { ExpiringKeys } from './expiring-keys';

describe('tokenPrefix', () => {
  it('is the first 12 characters of a SCIM token', () => {
    expect(tokenPrefix('scim_AbCdEfGhIjKlMnOp')).toBe('scim_AbCdEfG');
  });

  it("is the start of a JWT's signature, since every HS256 JWT begins with the same header", () => {
    expect(tokenPrefix('eyJhbGciOiJIUzI1NiJ9.eyJvcmciOiJ4In0.SIGNATURE_PART_XYZ')).toBe('SIGNATURE_PA');
  });
});

describe('ExpiringKeys', () => {
  it('reports the time left until a key expires, then forgets it', () => {
    const keys = new ExpiringKeys(10);
    keys.add('a', 1_000);
    expect(keys.remainingMs('a', 400)).toBe(600);
    expect(keys.remainingMs('a', 1_000)).toBe(0);
    expect(keys.remainingMs('missing', 0)).toBe(0);
  });

  it('keeps at most its capacity, dropping the oldest key', () => {
    const keys = new ExpiringKeys(2);
    keys.add('a', 10);
    keys.add('b', 10);
    keys.add('c', 10);
    expect([keys.remainingMs('a', 0), keys.remainingMs('b', 0), keys.remainingMs('c', 0)]).toEqual([0, 10, 10]);
  });
});
