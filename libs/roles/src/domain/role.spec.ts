import { decidedBy, highestRole } from './role';

describe('role order (docs/roles.md)', () => {
  it('picks the highest known role and ignores unknown strings', () => {
    expect(highestRole(['Guest', 'Admin', 'User'])).toBe('Admin');
    expect(highestRole(['Guest', null, 'Superuser'])).toBe('Guest');
    expect(highestRole([])).toBeNull();
  });

  it('credits the source that gave the role', () => {
    expect(decidedBy('Guest', 'Admin', 'User')).toBe('idp');
    expect(decidedBy('Admin', 'Guest', null)).toBe('groups');
    expect(decidedBy('User', 'User', null)).toBe('groups');
    expect(decidedBy(null, null, 'Guest')).toBe('manual');
    expect(decidedBy(null, null, null)).toBe('default');
  });
});
