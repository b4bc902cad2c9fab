import { ScimError } from '../errors/scim-error';
import { parseFilter } from '../filter/filter-parser';
import { GROUP_RESOURCE_TYPE, USER_RESOURCE_TYPE } from '../schema/resource-types';
import { extractEqualityValues } from './delegated-op';
import { applyPatch } from './patch-engine';
import { parsePatchRequest } from './patch-request';

const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const LT_USER = 'urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:User';
const LT_GROUP = 'urn:ietf:params:scim:schemas:extension:LambdaTest:2.0:Group';
const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

function user(): Record<string, unknown> {
  return {
    schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
    id: 'u-1',
    userName: 'jane@acme.com',
    name: { givenName: 'Jane', familyName: 'Doe' },
    displayName: 'Jane Doe',
    active: true,
    emails: [{ value: 'jane@acme.com', type: 'work', primary: true }],
    meta: { resourceType: 'User', version: 'W/"1"' },
  };
}

function group(): Record<string, unknown> {
  return { schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], id: 'g-1', displayName: 'Engineering' };
}

const patchUser = (operations: unknown[], resource = user()) =>
  applyPatch(resource, parsePatchRequest({ schemas: [PATCH_OP], Operations: operations }), USER_RESOURCE_TYPE);
const patchGroup = (operations: unknown[], resource = group()) =>
  applyPatch(resource, parsePatchRequest({ schemas: [PATCH_OP], Operations: operations }), GROUP_RESOURCE_TYPE, {
    delegated: ['members'],
  });

function scimErrorOf(action: () => unknown): ScimError {
  try {
    action();
  } catch (error) {
    if (error instanceof ScimError) return error;
    throw error;
  }
  throw new Error('expected a ScimError');
}

describe('applyPatch — Microsoft Entra ID', () => {
  it('disables with a capitalised op and a string boolean', () => {
    const result = patchUser([{ op: 'Replace', path: 'active', value: 'False' }]);
    expect(result.resource.active).toBe(false);
    expect(result.changedPaths).toEqual(['active']);
  });

  it('re-enables with "True" in any case', () => {
    const disabled = { ...user(), active: false };
    expect(patchUser([{ op: 'replace', path: 'active', value: 'TRUE' }], disabled).resource.active).toBe(true);
  });

  it('replaces name.familyName', () => {
    const result = patchUser([{ op: 'Replace', path: 'name.familyName', value: 'Smith' }]);
    expect(result.resource.name).toEqual({ givenName: 'Jane', familyName: 'Smith' });
    expect(result.changedPaths).toEqual(['name']);
  });

  it('replaces emails[type eq "work"].value on the matching element', () => {
    const result = patchUser([{ op: 'Replace', path: 'emails[type eq "work"].value', value: 'jane.doe@acme.com' }]);
    expect(result.resource.emails).toEqual([{ value: 'jane.doe@acme.com', type: 'work', primary: true }]);
    expect(result.changedPaths).toEqual(['emails']);
  });

  it('creates the work email when emails[type eq "work"].value matches nothing', () => {
    const withoutEmails = { ...user(), emails: [{ value: 'j@home.org', type: 'home' }] };
    const result = patchUser([{ op: 'Replace', path: 'emails[type eq "work"].value', value: 'jane@acme.com' }], withoutEmails);
    expect(result.resource.emails).toEqual([
      { value: 'j@home.org', type: 'home' },
      { type: 'work', value: 'jane@acme.com' },
    ]);
  });

  it('applies a path-less replace with plain, dotted and URN-qualified keys (aadOptscim062020)', () => {
    const result = patchUser([
      {
        op: 'replace',
        value: {
          displayName: 'Janet Doe',
          'name.givenName': 'Janet',
          [`${ENTERPRISE}:employeeNumber`]: '42',
          active: false,
          unknownThing: 'ignored',
        },
      },
    ]);
    expect(result.resource).toMatchObject({
      displayName: 'Janet Doe',
      name: { givenName: 'Janet', familyName: 'Doe' },
      active: false,
      [ENTERPRISE]: { employeeNumber: '42' },
    });
    expect(result.resource).not.toHaveProperty('unknownThing');
    expect(result.resource.schemas).toContain(ENTERPRISE);
    expect(result.changedPaths.sort()).toEqual(['active', 'displayName', `${ENTERPRISE}:employeeNumber`, 'name'].sort());
  });

  it('adds a group member with "$ref": null', () => {
    const result = patchGroup([{ op: 'Add', path: 'members', value: [{ $ref: null, value: 'u-1' }] }]);
    expect(result.delegatedOps).toEqual([{ attribute: 'members', op: 'add', values: [{ value: 'u-1' }] }]);
    expect(result.resource).toEqual(group());
    expect(result.changedPaths).toEqual(['members']);
  });

  it('removes members by a value list', () => {
    const result = patchGroup([{ op: 'Remove', path: 'members', value: [{ value: 'u-1' }, { value: 'u-2' }] }]);
    expect(result.delegatedOps).toEqual([{ attribute: 'members', op: 'remove', values: [{ value: 'u-1' }, { value: 'u-2' }] }]);
  });

  it('removes a member by members[value eq "id"]', () => {
    const result = patchGroup([{ op: 'remove', path: 'members[value eq "u-1"]' }]);
    expect(result.delegatedOps).toEqual([{ attribute: 'members', op: 'remove', values: [{ value: 'u-1' }] }]);
  });

  it('keeps a selector that does not name values as a filter', () => {
    const result = patchGroup([{ op: 'remove', path: 'members[display co "bob"]' }]);
    const [op] = result.delegatedOps;
    expect(op).toMatchObject({ attribute: 'members', op: 'remove', filter: { type: 'comparison', op: 'co' } });
    expect(op.op === 'remove' && op.filter && extractEqualityValues(op.filter, 'value')).toBeUndefined();
  });

  it('reduces one-member operations to their net effect: one remove and one add per run', () => {
    const result = patchGroup([
      { op: 'add', path: 'members', value: [{ value: 'u-1' }] },
      { op: 'add', path: 'members', value: [{ value: 'u-2' }] },
      { op: 'remove', path: 'members[value eq "u-3"]' },
      { op: 'remove', path: 'members', value: [{ value: 'U-1' }, { value: 'u-4' }] },
      { op: 'add', path: 'members', value: [{ value: 'u-3' }] },
    ]);
    expect(result.delegatedOps).toEqual([
      { attribute: 'members', op: 'remove', values: [{ value: 'U-1' }, { value: 'u-4' }] },
      { attribute: 'members', op: 'add', values: [{ value: 'u-2' }, { value: 'u-3' }] },
    ]);
  });

  it('does not reorder value operations across a replace or a filter it cannot name values of', () => {
    const result = patchGroup([
      { op: 'add', path: 'members', value: [{ value: 'u-1' }] },
      { op: 'remove', path: 'members[display co "bob"]' },
      { op: 'add', path: 'members', value: [{ value: 'u-2' }] },
      { op: 'replace', path: 'members', value: [{ value: 'u-3' }] },
      { op: 'add', path: 'members', value: [{ value: 'u-4' }] },
    ]);
    expect(result.delegatedOps.map((op) => op.op)).toEqual(['add', 'remove', 'add', 'replace', 'add']);
  });

  it('renames a group', () => {
    const result = patchGroup([{ op: 'Replace', path: 'displayName', value: 'Platform' }]);
    expect(result.resource.displayName).toBe('Platform');
    expect(result.changedPaths).toEqual(['displayName']);
    expect(result.delegatedOps).toEqual([]);
  });
});

describe('applyPatch — Okta', () => {
  it('deactivates with a path-less replace', () => {
    const result = patchUser([{ op: 'replace', value: { active: false } }]);
    expect(result.resource.active).toBe(false);
  });

  it('ignores a re-sent id in a path-less replace and reports only real changes', () => {
    const result = patchGroup([{ op: 'replace', value: { id: 'g-1', displayName: 'Engineering' } }]);
    expect(result.resource).toEqual(group());
    expect(result.changedPaths).toEqual([]);

    const renamed = patchGroup([{ op: 'replace', value: { id: 'g-1', displayName: 'Eng' } }]);
    expect(renamed.resource.displayName).toBe('Eng');
    expect(renamed.changedPaths).toEqual(['displayName']);
  });

  it('rejects a path-less replace that tries to change the id', () => {
    const error = scimErrorOf(() => patchGroup([{ op: 'replace', value: { id: 'other', displayName: 'Eng' } }]));
    expect(error.scimType).toBe('mutability');
  });

  it('removes and adds members in one request, in order', () => {
    const result = patchGroup([
      { op: 'remove', path: 'members[value eq "u-1"]' },
      { op: 'add', path: 'members', value: [{ value: 'u-2', display: 'bob@acme.com' }] },
    ]);
    expect(result.delegatedOps).toEqual([
      { attribute: 'members', op: 'remove', values: [{ value: 'u-1' }] },
      { attribute: 'members', op: 'add', values: [{ value: 'u-2', display: 'bob@acme.com' }] },
    ]);
  });

  it('replaces all members', () => {
    const result = patchGroup([{ op: 'replace', path: 'members', value: [{ value: 'u-3' }, { value: 'u-4' }] }]);
    expect(result.delegatedOps).toEqual([{ attribute: 'members', op: 'replace', values: [{ value: 'u-3' }, { value: 'u-4' }] }]);
  });

  it('turns members in a path-less replace into a delegated replace', () => {
    const result = patchGroup([{ op: 'replace', value: { displayName: 'Eng', members: [{ value: 'u-5' }] } }]);
    expect(result.resource.displayName).toBe('Eng');
    expect(result.resource).not.toHaveProperty('members');
    expect(result.delegatedOps).toEqual([{ attribute: 'members', op: 'replace', values: [{ value: 'u-5' }] }]);
  });
});

describe('applyPatch — members (delegated)', () => {
  it('removes every member for remove with path members and no value', () => {
    expect(patchGroup([{ op: 'remove', path: 'members' }]).delegatedOps).toEqual([{ attribute: 'members', op: 'remove', all: true }]);
  });

  it('rejects a member without a value', () => {
    expect(scimErrorOf(() => patchGroup([{ op: 'add', path: 'members', value: [{ display: 'x' }] }])).scimType).toBe('invalidValue');
  });

  it('rejects modifying a member sub-attribute', () => {
    expect(scimErrorOf(() => patchGroup([{ op: 'replace', path: 'members[value eq "u"].type', value: 'User' }])).scimType).toBe(
      'invalidPath',
    );
  });

  it('never touches members held in the resource', () => {
    const withMembers = { ...group(), members: [{ value: 'u-9' }] };
    const result = patchGroup([{ op: 'add', path: 'members', value: [{ value: 'u-1' }] }], withMembers);
    expect(result.resource.members).toEqual([{ value: 'u-9' }]);
  });
});

describe('applyPatch — extensions', () => {
  it('replaces OrganizationRole by URN path, canonicalising its case', () => {
    const result = patchUser([{ op: 'replace', path: `${LT_USER}:OrganizationRole`, value: 'admin' }]);
    expect(result.resource[LT_USER]).toEqual({ OrganizationRole: 'Admin' });
    expect(result.resource.schemas).toContain(LT_USER);
    expect(result.changedPaths).toEqual([`${LT_USER}:OrganizationRole`]);
  });

  it('rejects an OrganizationRole outside Admin|User|Guest', () => {
    expect(scimErrorOf(() => patchUser([{ op: 'replace', path: `${LT_USER}:OrganizationRole`, value: 'Owner' }])).scimType).toBe(
      'invalidValue',
    );
  });

  it('replaces LambdatestRoles by URN path', () => {
    const withRoles = { ...group(), [LT_GROUP]: { LambdatestRoles: ['Guest'] } };
    const result = patchGroup([{ op: 'replace', path: `${LT_GROUP}:LambdatestRoles`, value: ['Admin', 'user'] }], withRoles);
    expect(result.resource[LT_GROUP]).toEqual({ LambdatestRoles: ['Admin', 'User'] });
    expect(result.changedPaths).toEqual([`${LT_GROUP}:LambdatestRoles`]);
  });

  it('accepts a nested extension object in a path-less value', () => {
    const result = patchUser([{ op: 'replace', value: { [LT_USER]: { OrganizationRole: 'Guest', Nonsense: 1 } } }]);
    expect(result.resource[LT_USER]).toEqual({ OrganizationRole: 'Guest' });
  });

  it('sets enterprise employeeNumber by URN path and removes it again, dropping the empty extension', () => {
    const added = patchUser([{ op: 'add', path: `${ENTERPRISE}:employeeNumber`, value: '7' }]);
    expect(added.resource[ENTERPRISE]).toEqual({ employeeNumber: '7' });
    const removed = applyPatch(added.resource, [{ op: 'remove', path: `${ENTERPRISE}:employeeNumber` }], USER_RESOURCE_TYPE);
    expect(removed.resource).not.toHaveProperty(ENTERPRISE);
    expect(removed.resource.schemas).not.toContain(ENTERPRISE);
  });
});

describe('applyPatch — RFC 7644 semantics', () => {
  it('appends to a multi-valued attribute without duplicating an existing value', () => {
    const result = patchUser([
      { op: 'add', path: 'emails', value: [{ value: 'JANE@acme.com', type: 'work' }, { value: 'j@home.org', type: 'home' }] },
    ]);
    expect(result.resource.emails).toEqual([
      { value: 'jane@acme.com', type: 'work', primary: true },
      { value: 'j@home.org', type: 'home' },
    ]);
  });

  it('replaces a whole multi-valued attribute', () => {
    const result = patchUser([{ op: 'replace', path: 'emails', value: [{ value: 'n@x.com', type: 'work', primary: 'true' }] }]);
    expect(result.resource.emails).toEqual([{ value: 'n@x.com', type: 'work', primary: true }]);
  });

  it('removes elements matching a value filter', () => {
    const twoEmails = { ...user(), emails: [{ value: 'a@x.com', type: 'work' }, { value: 'b@x.com', type: 'home' }] };
    const result = patchUser([{ op: 'remove', path: 'emails[type eq "home"]' }], twoEmails);
    expect(result.resource.emails).toEqual([{ value: 'a@x.com', type: 'work' }]);
  });

  it('unassigns with null and with remove', () => {
    expect(patchUser([{ op: 'replace', path: 'displayName', value: null }]).resource).not.toHaveProperty('displayName');
    expect(patchUser([{ op: 'remove', path: 'name.givenName' }]).resource.name).toEqual({ familyName: 'Doe' });
    expect(patchUser([{ op: 'remove', path: 'emails' }]).resource).not.toHaveProperty('emails');
  });

  it('merges sub-attributes when replacing a complex attribute', () => {
    const result = patchUser([{ op: 'replace', path: 'name', value: { givenName: 'J', middleName: 'Q' } }]);
    expect(result.resource.name).toEqual({ givenName: 'J', familyName: 'Doe', middleName: 'Q' });
  });

  it('does not list a replace with the current value as a change', () => {
    const result = patchUser([{ op: 'replace', path: 'displayName', value: 'Jane Doe' }]);
    expect(result.changedPaths).toEqual([]);
  });

  it('matches attribute names case-insensitively and stores them canonically', () => {
    const result = patchUser([{ op: 'replace', path: 'DISPLAYNAME', value: 'X' }]);
    expect(result.resource.displayName).toBe('X');
    expect(result.resource).not.toHaveProperty('DISPLAYNAME');
  });

  it.each([
    ['an unknown path', { op: 'replace', path: 'favouriteColour', value: 'x' }, 'invalidPath'],
    ['an unknown extension path', { op: 'replace', path: 'urn:x:y:Thing', value: 'x' }, 'invalidPath'],
    ['the id', { op: 'replace', path: 'id', value: 'x' }, 'mutability'],
    ['meta', { op: 'replace', path: 'meta.lastModified', value: '2020-01-01T00:00:00Z' }, 'mutability'],
    ['groups', { op: 'add', path: 'groups', value: [{ value: 'g' }] }, 'mutability'],
    ['a non-boolean active', { op: 'replace', path: 'active', value: 'yes' }, 'invalidValue'],
    ['a value filter on a single-valued attribute', { op: 'replace', path: 'displayName[value eq "x"]', value: 'y' }, 'invalidPath'],
    ['a value filter on an unknown sub-attribute', { op: 'remove', path: 'emails[foo eq "x"]' }, 'invalidPath'],
  ])('rejects %s', (_label, operation, scimType) => {
    expect(scimErrorOf(() => patchUser([operation])).scimType).toBe(scimType);
  });

  it('answers noTarget when a non-equality selector matches nothing on replace', () => {
    expect(scimErrorOf(() => patchUser([{ op: 'replace', path: 'emails[value co "zzz"].type', value: 'home' }])).scimType).toBe(
      'noTarget',
    );
  });

  it('is atomic: a failing later operation leaves the input untouched and throws', () => {
    const input = user();
    const snapshot = structuredClone(input);
    const error = scimErrorOf(() =>
      patchUser(
        [
          { op: 'replace', path: 'displayName', value: 'Changed' },
          { op: 'add', path: 'emails', value: [{ value: 'x@y.z' }] },
          { op: 'replace', path: 'active', value: 'maybe' },
        ],
        input,
      ),
    );
    expect(error.scimType).toBe('invalidValue');
    expect(input).toEqual(snapshot);
  });

  it('returns a new object even when it succeeds', () => {
    const input = user();
    const result = patchUser([{ op: 'replace', path: 'name.givenName', value: 'Z' }], input);
    expect(result.resource).not.toBe(input);
    expect((input.name as Record<string, unknown>).givenName).toBe('Jane');
  });
});

describe('extractEqualityValues', () => {
  it('returns ids for eq and or-of-eq, undefined otherwise', () => {
    expect(extractEqualityValues(parseFilter('value eq "a" or value eq "b" or VALUE eq "c"'))).toEqual(['a', 'b', 'c']);
    expect(extractEqualityValues(parseFilter('value eq "a" and type eq "User"'))).toBeUndefined();
    expect(extractEqualityValues(parseFilter('value ne "a"'))).toBeUndefined();
    expect(extractEqualityValues(parseFilter('display eq "a"'))).toBeUndefined();
  });
});

describe('applyPatch at the operations limit', () => {
  it('applies 1,000 adds to one multi-valued attribute, de-duplicated, keeping the first of each value', () => {
    const operations = Array.from({ length: 1000 }, (_, i) => ({ op: 'add', path: 'emails', value: [{ value: `E${i % 90}@limit.test`, type: i < 90 ? 'work' : 'home' }] }));
    const result = patchUser(operations);
    expect(result.resource.emails).toHaveLength(91); // the existing address and 90 new ones
    expect((result.resource.emails as { type: string }[]).every((email) => email.type === 'work')).toBe(true);
  });

  it('reduces 1,000 one-member operations to one remove and one add for the owning module', () => {
    const operations = Array.from({ length: 1000 }, (_, i) =>
      i % 2 === 0 ? { op: 'add', path: 'members', value: [{ value: `u-${i}` }] } : { op: 'remove', path: `members[value eq "u-${i - 1}"]` },
    );
    const result = patchGroup([...operations, { op: 'add', path: 'members', value: [{ value: 'u-last' }] }]);
    expect(result.delegatedOps).toHaveLength(2);
    expect(result.delegatedOps[0]).toMatchObject({ op: 'remove' });
    expect(result.delegatedOps[0].values).toHaveLength(500);
    expect(result.delegatedOps[1]).toEqual({ attribute: 'members', op: 'add', values: [{ value: 'u-last' }] });
  });
});
